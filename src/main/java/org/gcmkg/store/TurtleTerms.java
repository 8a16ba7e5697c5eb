package org.gcmkg.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDF;

/**
 * RDF terms as Turtle writes them (prefixed names, {@code a}, bare integers and booleans), for the dumps
 * ({@link TurtleDump}). An IRI is abbreviated by one lookup of its namespace, where Jena's node formatters go through a
 * general prefix map.
 */
final class TurtleTerms {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final String XSD_INTEGER = XSDDatatype.XSDinteger.getURI();
    private static final String XSD_BOOLEAN = XSDDatatype.XSDboolean.getURI();

    /** namespace IRI → prefix */
    private final Map<String, String> prefixes = new HashMap<>();

    /** What the fast path does not cover (RDF 1.2 triple terms and base directions), written by Jena. */
    private final NodeFormatter general;
    /** Predicates, formatted once: few, and written on every line. */
    private final Map<Node, String> predicates = new HashMap<>();
    /** Classes, the objects of rdf:type, apart from the predicates: rdf:type is "a" only as a predicate. */
    private final Map<Node, String> classes = new HashMap<>();

    TurtleTerms(PrefixMap prefixes) {
        prefixes.forEach((prefix, namespace) -> this.prefixes.putIfAbsent(namespace, prefix));
        this.general = new NodeFormatterTTL(null, prefixes);
    }

    /** A predicate, formatted once. */
    String predicate(Node p) {
        return predicates.computeIfAbsent(p, n -> n.equals(RDF.Nodes.type) ? "a" : format(n));
    }

    /** The object of {@code p}: a class, formatted once, when {@code p} is {@code rdf:type}. */
    void object(Node p, Node o, Writer w) throws IOException {
        if (o.isURI() && p.equals(RDF.Nodes.type)) {
            w.write(classes.computeIfAbsent(o, this::format));
        } else {
            write(o, w);
        }
    }

    void write(Node node, Writer w) throws IOException {
        if (node.isURI()) {
            iri(node.getURI(), w);
        } else if (node.isBlank()) {
            w.write("_:");
            w.write(NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel()));
        } else if (node.isLiteral() && node.getLiteralBaseDirection() == null) {
            literal(node, w);
        } else {
            IndentedLineBuffer text = new IndentedLineBuffer();
            general.format(text, node);
            w.write(text.asString());
        }
    }

    private String format(Node node) {
        StringWriter text = new StringWriter();
        try {
            write(node, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void iri(String iri, Writer w) throws IOException {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
        String prefix = cut > 0 ? prefixes.get(iri.substring(0, cut)) : null;
        if (prefix != null && isLocalName(iri, cut)) {
            w.write(prefix);
            w.write(':');
            w.write(iri, cut, iri.length() - cut);
            return;
        }
        w.write('<');
        iriBody(iri, w);
        w.write('>');
    }

    /** The characters an IRIREF cannot hold as they are, escaped as Jena's writers do. */
    static void iriBody(String iri, Writer w) throws IOException {
        int from = 0;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'
                    || c == '\\') {
                w.write(iri, from, i - from);
                w.write(String.format("\\u%04X", (int) c));
                from = i + 1;
            }
        }
        w.write(iri, from, iri.length() - from);
    }

    /**
     * Whether the rest of {@code iri} from {@code start} can be written after a prefix as it is: the letters, digits,
     * {@code _}, {@code -} and inner {@code .} of ASCII, a strict subset of Turtle's local names. An IRI whose local part
     * has anything else is written in full, which is always right.
     */
    private static boolean isLocalName(String iri, int start) {
        int end = iri.length();
        if (start == end) {
            return true;
        }
        char first = iri.charAt(start);
        if (first == '-' || first == '.' || iri.charAt(end - 1) == '.') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = iri.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '-'
                    || c == '.';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private void literal(Node node, Writer w) throws IOException {
        String lexical = node.getLiteralLexicalForm();
        String language = node.getLiteralLanguage();
        String datatype = node.getLiteralDatatypeURI();
        if (language.isEmpty()) {
            if ((datatype.equals(XSD_INTEGER) && isInteger(lexical))
                    || (datatype.equals(XSD_BOOLEAN) && (lexical.equals("true") || lexical.equals("false")))) {
                w.write(lexical);
                return;
            }
        }
        w.write('"');
        string(lexical, w);
        w.write('"');
        if (!language.isEmpty()) {
            w.write('@');
            w.write(language);
        } else if (!datatype.equals(XSD_STRING)) {
            w.write("^^");
            iri(datatype, w);
        }
    }

    private static boolean isInteger(String lexical) {
        int start = !lexical.isEmpty() && (lexical.charAt(0) == '-' || lexical.charAt(0) == '+') ? 1 : 0;
        if (start == lexical.length()) {
            return false;
        }
        for (int i = start; i < lexical.length(); i++) {
            char c = lexical.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The body of a short string: the quote, the backslash and the control characters escaped. */
    private static void string(String s, Writer w) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && c != 0x7F) {
                continue;
            }
            w.write(s, from, i - from);
            from = i + 1;
            switch (c) {
                case '"' -> w.write("\\\"");
                case '\\' -> w.write("\\\\");
                case '\n' -> w.write("\\n");
                case '\r' -> w.write("\\r");
                case '\t' -> w.write("\\t");
                default -> w.write(String.format("\\u%04X", (int) c));
            }
        }
        w.write(s, from, s.length() - from);
    }
}
