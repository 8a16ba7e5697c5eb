package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.CorpusGraph;
import org.junit.jupiter.api.Test;

/** The store built from the real corpus holds exactly the graph the extractors build, each triple once. */
class RealCorpusStoreTest {

    @Test
    void storeHoldsTheBuiltGraphs() {
        StoredGraph stored = TestStore.real();
        Dataset built = CorpusGraph.get();
        DatasetGraph tdb = stored.dataset();
        Txn.executeRead(tdb, () -> {
            Set<String> names = new TreeSet<>();
            tdb.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            Set<String> expected = new TreeSet<>();
            for (Iterator<String> it = built.listNames(); it.hasNext(); ) {
                expected.add(it.next());
            }
            assertEquals(expected, names);
            for (String name : names) {
                Graph graph = tdb.getGraph(NodeFactory.createURI(name));
                assertTrue(graph.isIsomorphicWith(built.getNamedModel(name).getGraph()), name);
            }
            // The default graph is the union of the named graphs, stored.
            assertEquals(built.getDefaultModel().size(), tdb.getUnionGraph().size());
            assertEquals(built.getDefaultModel().size(), stored.info().triples());
            assertTrue(tdb.getDefaultGraph()
                    .isIsomorphicWith(built.getDefaultModel().getGraph()));
        });
    }
}
