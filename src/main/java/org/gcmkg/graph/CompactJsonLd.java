package org.gcmkg.graph;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * JSON-LD as people read it: one flat {@code @graph} of node objects, one per subject with its properties, under the
 * graph's own {@link #context(PrefixMapping) context}, in which the prefixes shorten IRIs, English is the default
 * language (so an English text is a plain JSON string) and integers and booleans are JSON numbers and booleans. No node
 * is nested in another, as in compacted JSON-LD with {@code "@embed": "@never"}, but with a context of the project's
 * choosing rather than one of prefixes alone.
 * <p>
 * Written as the triples come, with Jackson's streaming generator: only one subject's triples are held at a time, so
 * that the dump of a graph of millions of triples needs no more memory than a page (RDF4J Rio's writer, used before,
 * built the whole document in memory and ran out of a 6 GB heap on the 2.8 M triples of the 100x corpus). Every
 * literal reads back as it was: a number is written as a JSON number only where JSON-LD reads it back to the same
 * lexical form (an {@code xsd:integer} in canonical form within the 53 bits that JavaScript's numbers hold exactly).
 */
public final class CompactJsonLd {
    private static final JsonFactory JSON = new JsonFactory();
    /** Integers that JSON-LD's processors (JavaScript's doubles among them) read back to the same lexical form. */
    private static final Pattern SAFE_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,14})");
    /** Characters an IRI of a prefix must end with to be usable in compact IRIs (JSON-LD 1.1, 4.2.2). */
    private static final String GEN_DELIMS = ":/?#[]@";

    private static final String TYPE = RDF.type.getURI();

    private CompactJsonLd() {}

    /** The {@code @context} of the graph's JSON-LD: its prefixes and English as the default language. */
    public static JsonObject context(PrefixMapping prefixes) {
        JsonObject context = new JsonObject();
        context.put("@language", "en");
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach(context::put);
        return context;
    }

    /** Writes {@code graph} (a small one: its triples are sorted by subject first) under the context of prefixes. */
    public static void write(Graph graph, PrefixMapping prefixes, OutputStream out) {
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing(Triple::getSubject, CompactJsonLd::compareSubjects));
        writeGrouped(triples.iterator(), prefixes, out);
    }

    /**
     * Writes all triples of {@code graph} in the order it gives them, which for a TDB2 store is by subject (its SPO
     * index), holding one subject's triples at a time.
     */
    public static void writeStored(Graph graph, PrefixMapping prefixes, OutputStream out) {
        ExtendedIterator<Triple> triples = graph.find();
        try {
            writeGrouped(triples, prefixes, out);
        } finally {
            triples.close();
        }
    }

    /** Writes {@code triples}, given by subject (as a TDB2 store gives them), holding one subject's triples at a time. */
    public static void writeStored(Iterator<Triple> triples, PrefixMapping prefixes, OutputStream out) {
        writeGrouped(triples, prefixes, out);
    }

    /**
     * Writes {@code triples} with one node object for each run of triples of one subject: a subject whose triples come
     * in several runs is written as several node objects with its {@code @id}, which JSON-LD reads as one node.
     */
    private static void writeGrouped(Iterator<Triple> triples, PrefixMapping prefixes, OutputStream out) {
        Compactor compactor = new Compactor(prefixes);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            // The caller closes its stream (the dump's gzip or file stream, a page's buffer).
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new Pretty());
            json.writeStartObject();
            json.writeObjectFieldStart("@context");
            for (Map.Entry<String, JsonValue> entry : context(prefixes).entrySet()) {
                json.writeStringField(
                        entry.getKey(), entry.getValue().getAsString().value());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("@graph");
            List<Triple> node = new ArrayList<>();
            while (triples.hasNext()) {
                Triple triple = triples.next();
                if (!node.isEmpty() && !node.get(0).getSubject().equals(triple.getSubject())) {
                    writeNode(json, compactor, node);
                    node.clear();
                }
                node.add(triple);
            }
            if (!node.isEmpty()) {
                writeNode(json, compactor, node);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One node object: its {@code @id}, its IRI types as {@code @type}, then its properties, sorted by IRI. */
    private static void writeNode(JsonGenerator json, Compactor compactor, List<Triple> triples) throws IOException {
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().toString()));
        json.writeStartObject();
        json.writeStringField("@id", compactor.id(triples.get(0).getSubject()));
        List<Node> types = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().getURI().equals(TYPE) && t.getObject().isURI()) {
                types.add(t.getObject());
            }
        }
        if (types.size() == 1) {
            json.writeStringField("@type", compactor.iri(types.get(0).getURI()));
        } else if (types.size() > 1) {
            json.writeArrayFieldStart("@type");
            for (Node type : types) {
                json.writeString(compactor.iri(type.getURI()));
            }
            json.writeEndArray();
        }
        int i = 0;
        while (i < triples.size()) {
            String predicate = triples.get(i).getPredicate().getURI();
            int end = i;
            List<Node> values = new ArrayList<>();
            while (end < triples.size()
                    && triples.get(end).getPredicate().getURI().equals(predicate)) {
                Node object = triples.get(end).getObject();
                if (!(predicate.equals(TYPE) && object.isURI())) {
                    values.add(object);
                }
                end++;
            }
            if (!values.isEmpty()) {
                json.writeFieldName(compactor.iri(predicate));
                if (values.size() == 1) {
                    writeValue(json, compactor, values.get(0));
                } else {
                    json.writeStartArray();
                    for (Node value : values) {
                        writeValue(json, compactor, value);
                    }
                    json.writeEndArray();
                }
            }
            i = end;
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Compactor compactor, Node value) throws IOException {
        if (!value.isLiteral()) {
            json.writeStartObject();
            json.writeStringField("@id", compactor.id(value));
            json.writeEndObject();
            return;
        }
        String lexical = value.getLiteralLexicalForm();
        String language = value.getLiteralLanguage();
        String datatype = value.getLiteralDatatypeURI();
        if (language.equals("en")) {
            json.writeString(lexical);
        } else if (datatype.equals(XSD.integer.getURI())
                && SAFE_INTEGER.matcher(lexical).matches()) {
            json.writeNumber(Long.parseLong(lexical));
        } else if (datatype.equals(XSD.xboolean.getURI()) && (lexical.equals("true") || lexical.equals("false"))) {
            json.writeBoolean(lexical.equals("true"));
        } else {
            // A plain string would take the default language: other strings are value objects.
            json.writeStartObject();
            json.writeStringField("@value", lexical);
            if (!language.isEmpty()) {
                json.writeStringField("@language", language);
            } else if (!datatype.equals(XSD.xstring.getURI())) {
                json.writeStringField("@type", compactor.iri(datatype));
            }
            json.writeEndObject();
        }
    }

    /** IRIs first (by IRI), then blank nodes (by label), as a page lists them. */
    private static int compareSubjects(Node a, Node b) {
        if (a.isBlank() != b.isBlank()) {
            return a.isBlank() ? 1 : -1;
        }
        return a.isBlank()
                ? a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel())
                : a.getURI().compareTo(b.getURI());
    }

    /** Shortens IRIs to compact IRIs ({@code gcm:Objective}) with the prefixes JSON-LD 1.1 lets expand back. */
    private static final class Compactor {
        private final List<Map.Entry<String, String>> prefixes = new ArrayList<>();

        Compactor(PrefixMapping mapping) {
            for (Map.Entry<String, String> prefix : mapping.getNsPrefixMap().entrySet()) {
                String namespace = prefix.getValue();
                if (!prefix.getKey().isEmpty()
                        && !namespace.isEmpty()
                        && GEN_DELIMS.indexOf(namespace.charAt(namespace.length() - 1)) >= 0) {
                    prefixes.add(prefix);
                }
            }
            // The longest namespace first, so that the most specific prefix wins.
            prefixes.sort(Comparator.comparing(
                            (Map.Entry<String, String> p) -> p.getValue().length())
                    .reversed()
                    .thenComparing(Map.Entry::getKey));
        }

        String iri(String iri) {
            for (Map.Entry<String, String> prefix : prefixes) {
                String namespace = prefix.getValue();
                if (iri.length() > namespace.length() && iri.startsWith(namespace)) {
                    String local = iri.substring(namespace.length());
                    if (!local.startsWith("//")) {
                        return prefix.getKey() + ":" + local;
                    }
                }
            }
            return iri;
        }

        String id(Node node) {
            return node.isBlank() ? "_:" + NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel()) : iri(node.getURI());
        }
    }

    /** Indented by four spaces, with a space after each colon, one value a line. */
    private static final class Pretty extends DefaultPrettyPrinter {
        Pretty() {
            DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        Pretty(Pretty base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Pretty(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(": ");
        }
    }
}
