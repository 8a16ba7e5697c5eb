package org.gcmkg.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.graph.Namespaces;

/** What to call a node on a page: its label in the graph, else its prefixed name, else its IRI. */
final class Labels {
    private static final List<Node> LABEL_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());
    static final PrefixMapping PREFIXES = Namespaces.setPrefixes(PrefixMapping.Factory.create())
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .lock();

    private Labels() {}

    /** Gives {@code model} the prefixes of {@link #PREFIXES} that its IRIs use, so output declares no others. */
    static Model withPrefixes(Model model) {
        Set<String> used = new HashSet<>();
        model.getGraph().find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    used.add(n.getURI());
                } else if (n.isLiteral() && n.getLiteralDatatypeURI() != null) {
                    used.add(n.getLiteralDatatypeURI());
                }
            }
        });
        PREFIXES.getNsPrefixMap().forEach((prefix, ns) -> {
            if (used.stream().anyMatch(uri -> uri.startsWith(ns))) {
                model.setNsPrefix(prefix, ns);
            }
        });
        return model;
    }

    /** The English label of {@code node} in {@code graph} (any language if there is no English one). */
    static Optional<String> label(Graph graph, Node node) {
        if (!node.isURI() && !node.isBlank()) {
            return Optional.empty();
        }
        for (Node property : LABEL_PROPERTIES) {
            String any = null;
            for (Triple t : graph.find(node, property, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    if (o.getLiteralLanguage().equalsIgnoreCase("en")) {
                        return Optional.of(o.getLiteralLexicalForm());
                    }
                    if (any == null) {
                        any = o.getLiteralLexicalForm();
                    }
                }
            }
            if (any != null) {
                return Optional.of(any);
            }
        }
        return Optional.empty();
    }

    /** A label for {@code node} that is never empty. */
    static String name(Graph graph, Node node) {
        return label(graph, node).orElseGet(() -> shortName(node));
    }

    static String shortName(Node node) {
        if (node.isURI()) {
            String uri = node.getURI();
            String qname = PREFIXES.shortForm(uri);
            return qname.equals(uri) ? uri : qname;
        }
        return node.toString();
    }
}
