package org.gcmkg.graph;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes the graph in the standard RDF formats. */
public final class GraphExport {

    /** The formats {@code export} writes. */
    public enum Format {
        turtle(RDFFormat.TURTLE_PRETTY, false),
        ntriples(RDFFormat.NTRIPLES_UTF8, false),
        nquads(RDFFormat.NQUADS_UTF8, true),
        trig(RDFFormat.TRIG_PRETTY, true),
        jsonld(RDFFormat.JSONLD11_PRETTY, false),
        rdfxml(RDFFormat.RDFXML_PRETTY, false);

        final RDFFormat rdfFormat;
        final boolean quads;

        Format(RDFFormat rdfFormat, boolean quads) {
            this.rdfFormat = rdfFormat;
            this.quads = quads;
        }
    }

    private GraphExport() {}

    public static void write(Dataset dataset, Format format, OutputStream out) {
        if (format.quads) {
            // The default graph is the union of the named graphs: writing it too would repeat every triple.
            Dataset named = DatasetFactory.create();
            Namespaces.setPrefixes(named.getPrefixMapping());
            for (Iterator<String> names = dataset.listNames(); names.hasNext(); ) {
                String name = names.next();
                named.addNamedModel(name, dataset.getNamedModel(name));
            }
            RDFDataMgr.write(out, named, format.rdfFormat);
        } else {
            RDFDataMgr.write(out, dataset.getDefaultModel(), format.rdfFormat);
        }
    }
}
