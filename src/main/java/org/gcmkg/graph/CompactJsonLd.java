package org.gcmkg.graph;

import java.io.OutputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.document.JsonDocument;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * JSON-LD as people read it, written by RDF4J Rio: one flat list of nodes, each with its properties, under the graph's
 * own {@link #context(PrefixMapping) context}, in which the prefixes shorten IRIs, English is the default language (so
 * an English text is a plain JSON string) and integers and booleans are JSON numbers and booleans. Measured on the
 * whole graph against Jena's JSON-LD 1.1 writer: a quarter smaller and a third fewer lines (docs/endpoint.md).
 * <p>
 * Rio frames the graph with that context and {@code "@embed": "@never"}, so that no node is nested in another and
 * every node appears once, as in compacted JSON-LD, but with a context of the project's choosing rather than one of
 * prefixes alone.
 */
public final class CompactJsonLd {
    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private CompactJsonLd() {}

    /** The {@code @context} of the graph's JSON-LD: its prefixes and English as the default language. */
    public static JsonObject context(PrefixMapping prefixes) {
        JsonObject context = new JsonObject();
        context.put("@language", "en");
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach(context::put);
        return context;
    }

    /** Writes {@code graph} as JSON-LD under {@link #context(PrefixMapping)} of {@code prefixes}. */
    public static void write(Graph graph, PrefixMapping prefixes, OutputStream out) {
        Model model = new LinkedHashModel();
        for (Map.Entry<String, String> prefix : prefixes.getNsPrefixMap().entrySet()) {
            model.setNamespace(prefix.getKey(), prefix.getValue());
        }
        graph.find()
                .forEach(t -> model.add(
                        resource(t.getSubject()),
                        VALUES.createIRI(t.getPredicate().getURI()),
                        value(t.getObject())));
        JsonObject frame = new JsonObject();
        frame.put("@context", context(prefixes));
        frame.put("@embed", "@never");
        WriterConfig config = new WriterConfig();
        config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.FRAME);
        try {
            config.set(JSONLDSettings.FRAME, JsonDocument.of(new StringReader(frame.toString())));
        } catch (JsonLdError e) {
            throw new IllegalStateException("the JSON-LD frame is not JSON: " + frame, e);
        }
        config.set(JSONLDSettings.USE_NATIVE_TYPES, true);
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        Rio.write(model, out, RDFFormat.JSONLD, config);
    }

    private static Resource resource(Node node) {
        return node.isBlank() ? VALUES.createBNode(node.getBlankNodeLabel()) : VALUES.createIRI(node.getURI());
    }

    private static Value value(Node node) {
        if (!node.isLiteral()) {
            return resource(node);
        }
        String language = node.getLiteralLanguage();
        return language.isEmpty()
                ? VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()))
                : VALUES.createLiteral(node.getLiteralLexicalForm(), language);
    }
}
