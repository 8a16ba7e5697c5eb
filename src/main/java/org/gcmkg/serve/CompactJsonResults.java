package org.gcmkg.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL 1.1 query results in JSON ({@code application/sparql-results+json}) written with Jackson's streaming
 * generator, without indentation: the same members and values as Jena's own writer, which indents every line through
 * Jena's IndentedWriter one character at a time and took about a fifth of the CPU time of a query answer in the
 * server's profile. One binding per line, so that a person reading the answer still sees its rows.
 */
final class CompactJsonResults implements RowSetWriter {
    private static final JsonFactory JSON = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);

    /** No indentation, but each binding on a line of its own. */
    private static final PrettyPrinter ONE_ITEM_A_LINE = new MinimalPrettyPrinter() {
        @Override
        public void beforeArrayValues(JsonGenerator json) throws IOException {
            json.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(",\n");
        }
    };

    private CompactJsonResults() {}

    /** Makes this the writer of {@code application/sparql-results+json} (Jena's registry is global). */
    static void install() {
        // Jena's initialisation registers its own writer: it must have run first, not after.
        JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new CompactJsonResults());
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        // Blank node labels as Jena's writer makes them: fresh ones per answer, unless asked to keep the graph's.
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven()
                : SyntaxLabels.createNodeToLabel();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            List<Var> vars = rowSet.getResultVars();
            json.writeStartObject();
            json.writeObjectFieldStart("head");
            json.writeArrayFieldStart("vars");
            for (Var var : vars) {
                json.writeString(var.getVarName());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.setPrettyPrinter(ONE_ITEM_A_LINE);
            json.writeObjectFieldStart("results");
            json.writeArrayFieldStart("bindings");
            while (rowSet.hasNext()) {
                Binding binding = rowSet.next();
                json.writeStartObject();
                for (Var var : vars) {
                    Node value = binding.get(var);
                    if (value != null) {
                        json.writeFieldName(var.getVarName());
                        value(json, value, labels);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            IO.exception(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("head");
            json.writeEndObject();
            json.writeBooleanField("boolean", result);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            IO.exception(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        throw new UnsupportedOperationException("SPARQL JSON results are written to an OutputStream (UTF-8)");
    }

    private static void value(JsonGenerator json, Node node, NodeToLabel labels) throws IOException {
        json.writeStartObject();
        if (node.isURI()) {
            json.writeStringField("type", "uri");
            json.writeStringField("value", node.getURI());
        } else if (node.isLiteral()) {
            json.writeStringField("type", "literal");
            if (Util.isLangString(node) || Util.isDirLangString(node)) {
                json.writeStringField("xml:lang", node.getLiteralLanguage());
                if (node.getLiteralBaseDirection() != null) {
                    json.writeStringField(
                            "its:dir", node.getLiteralBaseDirection().direction());
                }
            } else if (!Util.isSimpleString(node)) {
                json.writeStringField("datatype", node.getLiteralDatatypeURI());
            }
            json.writeStringField("value", node.getLiteralLexicalForm());
        } else if (node.isBlank()) {
            String label = labels.get(null, node);
            json.writeStringField("type", "bnode");
            json.writeStringField("value", label.startsWith("_:") ? label.substring(2) : label);
        } else if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            json.writeStringField("type", "triple");
            json.writeObjectFieldStart("value");
            json.writeFieldName("subject");
            value(json, triple.getSubject(), labels);
            json.writeFieldName("predicate");
            value(json, triple.getPredicate(), labels);
            json.writeFieldName("object");
            value(json, triple.getObject(), labels);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an RDF term of a query result: " + node);
        }
        json.writeEndObject();
    }
}
