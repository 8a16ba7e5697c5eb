package org.gcmkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;

/** The ontology and its SHACL shapes, as shipped in the jar from {@code ontology/}. */
public final class Ontology {
    public static final String ONTOLOGY_RESOURCE = "/ontology/gcm.ttl";
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";
    /** The named graph the ontology is served in. */
    public static final String GRAPH = Uris.GRAPH + "ontology";

    private Ontology() {}

    public static Model ontology() {
        return read(ONTOLOGY_RESOURCE);
    }

    public static Shapes shapes() {
        return Shapes.parse(read(SHAPES_RESOURCE).getGraph());
    }

    private static Model read(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
