package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.graph.GCM;

/**
 * What the graph says about one resource, read in one transaction: its own statements, the passages it was read from,
 * and (for people) the resources that point to it.
 *
 * @param resource      the IRI described
 * @param statements    triples with the resource as subject
 * @param passages      the passages it was read from ({@code gcm:passage}, or itself when it is a passage)
 * @param referrers     triples with the resource as object, up to {@link #MAX_REFERRERS} per property
 * @param referrerCount how many such triples there are in all
 * @param referrersBy   how many there are per property
 * @param context       statements that make the others readable: the passages' own, and labels of linked IRIs
 */
record ResourceView(
        Node resource,
        List<Triple> statements,
        List<Passage> passages,
        List<Triple> referrers,
        long referrerCount,
        Map<Node, Long> referrersBy,
        List<Triple> context) {

    static final int MAX_REFERRERS = 100;

    /** A stretch of a source file, as the graph records it. */
    record Passage(
            Node uri,
            Node document,
            String fileName,
            int startLine,
            int endLine,
            int startOffset,
            int endOffset,
            Integer page) {}

    /** The description of {@code resource}; empty when the graph does not mention it at all. */
    static Optional<ResourceView> describe(Graph graph, Node resource) {
        List<Triple> statements =
                new ArrayList<>(graph.find(resource, Node.ANY, Node.ANY).toList());
        List<Triple> referrers = new ArrayList<>();
        long referrerCount = 0;
        Map<Node, Long> referrersBy = new HashMap<>();
        ExtendedIterator<Triple> in = graph.find(Node.ANY, Node.ANY, resource);
        try {
            while (in.hasNext()) {
                Triple t = in.next();
                long n = referrersBy.merge(t.getPredicate(), 1L, Long::sum);
                if (n <= MAX_REFERRERS) {
                    referrers.add(t);
                }
                referrerCount++;
            }
        } finally {
            in.close();
        }
        if (statements.isEmpty() && referrerCount == 0) {
            return Optional.empty();
        }
        statements.sort(Comparator.comparing((Triple t) -> order(t.getPredicate()))
                .thenComparing(t -> t.getObject().toString()));

        Set<Node> passageNodes = new LinkedHashSet<>();
        if (graph.contains(resource, RDF.type.asNode(), GCM.Passage.asNode())) {
            passageNodes.add(resource);
        }
        for (Triple t : statements) {
            if (t.getPredicate().equals(GCM.passage.asNode()) && t.getObject().isURI()) {
                passageNodes.add(t.getObject());
            }
        }
        List<Triple> context = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (Node p : passageNodes) {
            if (!p.equals(resource)) {
                context.addAll(graph.find(p, Node.ANY, Node.ANY).toList());
            }
            passage(graph, p).ifPresent(passages::add);
        }
        passages.sort(Comparator.comparing(Passage::fileName).thenComparing(Passage::startOffset));
        Set<Node> linked = new LinkedHashSet<>();
        for (Triple t : statements) {
            if (t.getObject().isURI()) {
                linked.add(t.getObject());
            }
        }
        for (Node n : linked) {
            context.addAll(graph.find(n, RDFS.label.asNode(), Node.ANY).toList());
        }
        return Optional.of(
                new ResourceView(resource, statements, passages, referrers, referrerCount, referrersBy, context));
    }

    /** The statements as RDF: the resource's own, with its passages and the labels of what it links to. */
    Model rdf() {
        Model model = ModelFactory.createDefaultModel();
        Graph g = model.getGraph();
        statements.forEach(g::add);
        context.forEach(g::add);
        return Labels.withPrefixes(model);
    }

    private static Optional<Passage> passage(Graph graph, Node p) {
        Optional<Node> document = object(graph, p, GCM.sourceDocument.asNode());
        Optional<String> fileName =
                document.flatMap(d -> object(graph, d, GCM.fileName.asNode())).map(Node::getLiteralLexicalForm);
        Optional<Integer> startLine = integer(graph, p, GCM.startLine.asNode());
        Optional<Integer> endLine = integer(graph, p, GCM.endLine.asNode());
        Optional<Integer> start = integer(graph, p, GCM.startOffset.asNode());
        Optional<Integer> end = integer(graph, p, GCM.endOffset.asNode());
        if (document.isEmpty()
                || fileName.isEmpty()
                || startLine.isEmpty()
                || endLine.isEmpty()
                || start.isEmpty()
                || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Passage(
                p,
                document.get(),
                fileName.get(),
                startLine.get(),
                endLine.get(),
                start.get(),
                end.get(),
                integer(graph, p, GCM.page.asNode()).orElse(null)));
    }

    private static Optional<Node> object(Graph graph, Node s, Node p) {
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private static Optional<Integer> integer(Graph graph, Node s, Node p) {
        return object(graph, s, p).filter(Node::isLiteral).flatMap(n -> {
            try {
                return Optional.of(Integer.parseInt(n.getLiteralLexicalForm()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Type and label first, then the rest by IRI. */
    private static String order(Node predicate) {
        if (predicate.equals(RDF.type.asNode())) {
            return "0";
        }
        if (predicate.equals(RDFS.label.asNode())) {
            return "1";
        }
        return "2" + predicate.getURI();
    }
}
