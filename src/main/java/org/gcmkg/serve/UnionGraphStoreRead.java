package org.gcmkg.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.TDB2;
import org.gcmkg.store.NamedGraphsView;
import org.gcmkg.store.StoredGraph;

/**
 * Graph Store Protocol read for a dataset whose default graph is the union of its named graphs (the store): {@code
 * ?default} answers that union, as a query of the default graph does, and a whole-dataset read (no parameter) gives
 * the named graphs, each triple once. The store keeps the union as its stored default graph; a TDB2 dataset with
 * {@link TDB2#symUnionDefaultGraph} computes it.
 */
final class UnionGraphStoreRead extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        boolean stored = dataset.getContext().isTrue(StoredGraph.DEFAULT_GRAPH_IS_UNION);
        if (isQuads(action)) {
            return stored ? NamedGraphsView.of(dataset) : dataset;
        }
        if (stored) {
            return dataset;
        }
        return new DatasetGraphWrapper(dataset) {
            @Override
            public Graph getDefaultGraph() {
                return dataset.getUnionGraph();
            }
        };
    }

    /** Whether the default graph of {@code dataset} is the union of its named graphs. */
    static boolean applies(DatasetGraph dataset) {
        return dataset.getContext().isTrue(TDB2.symUnionDefaultGraph)
                || dataset.getContext().isTrue(StoredGraph.DEFAULT_GRAPH_IS_UNION);
    }
}
