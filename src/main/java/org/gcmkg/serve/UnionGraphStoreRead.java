package org.gcmkg.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Graph Store Protocol read for a dataset whose default graph is, for SPARQL, the union of its named graphs (the TDB2
 * store): {@code ?default} answers that union too, as a query of the default graph would. Whole-dataset reads (no
 * parameter) still give the named graphs, each once.
 */
final class UnionGraphStoreRead extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        if (isQuads(action)) {
            return dataset;
        }
        return new DatasetGraphWrapper(dataset) {
            @Override
            public Graph getDefaultGraph() {
                return dataset.getUnionGraph();
            }
        };
    }
}
