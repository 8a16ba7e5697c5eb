package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store built from the real corpus holds exactly the graph the extractors build, each triple once. */
class RealCorpusStoreTest {

    @TempDir
    Path tmp;

    @Test
    void storeHoldsTheBuiltGraphs() {
        assertHoldsTheBuiltGraphs(TestStore.real());
    }

    /** {@code load} streams each document's graph into the store as it is written, never holding the whole graph. */
    @Test
    void storeWrittenAsTheGraphIsBuiltHoldsTheBuiltGraphs() throws Exception {
        GraphStore store = new GraphStore(tmp.resolve("store"));
        GraphStore.Loaded loaded = store.load(Corpus.open(TestStore.CORPUS), false);
        assertEquals(33_492, loaded.info().triples());
        try (StoredGraph stored = store.openCurrent()) {
            assertHoldsTheBuiltGraphs(stored);
        }
    }

    private static void assertHoldsTheBuiltGraphs(StoredGraph stored) {
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
