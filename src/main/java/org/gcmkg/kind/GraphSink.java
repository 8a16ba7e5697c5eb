package org.gcmkg.kind;

import org.apache.jena.graph.Graph;

/**
 * Where the graph goes as {@link KnowledgeGraph} writes it, a document's graph at a time, so that a store can take
 * each one in and let it go rather than hold the whole graph: the named graphs, and their union as default graph.
 */
@FunctionalInterface
public interface GraphSink {

    /**
     * Adds the triples of {@code triples} to the named graph {@code name} and to the union; a name may come more than
     * once (a document's graph, then the links read off it), and the sink may keep {@code triples} as it is.
     */
    void add(String name, Graph triples);
}
