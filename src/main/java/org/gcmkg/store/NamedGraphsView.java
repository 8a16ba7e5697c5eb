package org.gcmkg.store;

import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphZero;

/**
 * A store's dataset as its named graphs alone: the stored default graph, which is their union, is left out, so that
 * writing the dataset (TriG, N-Quads) gives each triple once, in the graph of its source document.
 */
public final class NamedGraphsView extends DatasetGraphWrapper {

    private NamedGraphsView(DatasetGraph dataset) {
        super(dataset);
    }

    /** The named graphs of {@code dataset}, with an empty default graph. */
    public static DatasetGraph of(DatasetGraph dataset) {
        return new NamedGraphsView(dataset);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphZero.instance();
    }

    @Override
    public Iterator<Quad> find() {
        return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || Node.ANY.equals(g)) {
            return findNG(Node.ANY, s, p, o);
        }
        return Quad.isDefaultGraph(g) ? Iter.nullIterator() : super.find(g, s, p, o);
    }

    @Override
    public Stream<Quad> stream(Node g, Node s, Node p, Node o) {
        return Iter.asStream(find(g, s, p, o));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !find().hasNext();
    }
}
