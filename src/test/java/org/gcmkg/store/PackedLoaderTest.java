package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's store against the same quads in Jena's in-memory dataset: every one of TDB2's nine indexes holds each
 * tuple once, and finds by every pattern what the in-memory dataset finds, with runs of three keys so that each index
 * is sorted in runs and merged.
 */
class PackedLoaderTest {
    private static final String EX = "https://example.org/";

    @TempDir
    Path tmp;

    private DatasetGraph tdb;

    @AfterEach
    void close() {
        if (tdb != null) {
            TDBInternal.expel(tdb);
        }
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /**
     * Three documents' graphs: two share a triple (stored once in the default graph), one has a number (inlined in its
     * node id, not stored in the node table), a blank node and a language-tagged text.
     */
    private static List<Graph> documents() {
        List<Graph> graphs = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            Graph g = GraphFactory.createGraphMem();
            g.add(Triple.create(
                    uri("objective/23"), uri("label"), NodeFactory.createLiteralLang("Objective 23", "en")));
            for (int i = 0; i < 4; i++) {
                Node subject = uri("doc" + d + "/item" + i);
                g.add(Triple.create(subject, uri("type"), uri("Example")));
                g.add(Triple.create(subject, uri("objective"), uri("objective/" + (20 + i))));
                g.add(Triple.create(subject, uri("text"), NodeFactory.createLiteralLang("Text " + d + "." + i, "en")));
            }
            if (d == 1) {
                g.add(Triple.create(
                        uri("doc1"), uri("pages"), NodeFactory.createLiteralDT("48", XSDDatatype.XSDinteger)));
                g.add(Triple.create(uri("doc1"), uri("published"), NodeFactory.createBlankNode("b1")));
            }
            graphs.add(g);
        }
        return graphs;
    }

    private static Node graphName(int d) {
        return uri("graph/" + d);
    }

    private DatasetGraph load(int runRows) throws Exception {
        tdb = DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb").toString());
        PackedLoader loader = PackedLoader.begin(tdb, tmp.resolve("loading"));
        List<Graph> graphs = documents();
        for (int d = 0; d < graphs.size(); d++) {
            loader.add(graphName(d), graphs.get(d));
        }
        loader.finish(runRows);
        return tdb;
    }

    private static DatasetGraph expected() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        List<Graph> graphs = documents();
        for (int d = 0; d < graphs.size(); d++) {
            Node name = graphName(d);
            graphs.get(d).find().forEachRemaining(t -> {
                memory.add(Quad.create(name, t));
                memory.getDefaultGraph().add(t);
            });
        }
        return memory;
    }

    @Test
    void everyIndexHoldsEachTupleOnce() throws Exception {
        DatasetGraph loaded = load(3);
        DatasetGraph expected = expected();
        Set<List<Node>> quads = new HashSet<>();
        expected.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(
                        q -> quads.add(List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())));
        Set<List<Node>> triples = new HashSet<>();
        expected.getDefaultGraph()
                .find()
                .forEachRemaining(t -> triples.add(List.of(t.getSubject(), t.getPredicate(), t.getObject())));
        assertEquals(3 * 13 + 2, quads.size());
        // The label of objective 23 is in all three graphs, and once in their union.
        assertEquals(3 * 13 + 2 - 2, triples.size());

        Txn.executeRead(loaded, () -> {
            DatasetGraphTDB store = TDBInternal.getDatasetGraphTDB(loaded);
            NodeTable nodes = store.getTripleTable().getNodeTupleTable().getNodeTable();
            TupleIndex[] tripleIndexes =
                    store.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes();
            TupleIndex[] quadIndexes =
                    store.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
            assertEquals(List.of("SPO", "POS", "OSP"), names(tripleIndexes));
            assertEquals(List.of("GSPO", "GPOS", "GOSP", "POSG", "OSPG", "SPOG"), names(quadIndexes));
            for (TupleIndex index : tripleIndexes) {
                assertEquals(triples, tuples(index, nodes), index.getName());
            }
            for (TupleIndex index : quadIndexes) {
                assertEquals(quads, tuples(index, nodes), index.getName());
            }
        });
    }

    private static List<String> names(TupleIndex[] indexes) {
        return List.of(indexes).stream().map(TupleIndex::getName).toList();
    }

    /** The index's tuples, in the table's order (G S P O, or S P O). */
    private static Set<List<Node>> tuples(TupleIndex index, NodeTable nodes) {
        List<Tuple<NodeId>> all = Iter.toList(index.all());
        Set<List<Node>> read = new HashSet<>();
        for (Tuple<NodeId> tuple : all) {
            List<Node> row = new ArrayList<>();
            tuple.forEach(id -> row.add(nodes.getNodeForNodeId(id)));
            read.add(row);
        }
        assertEquals(all.size(), read.size(), index.getName() + " holds a tuple twice");
        return read;
    }

    @Test
    void findsByEveryPatternWhatTheInMemoryDatasetFinds() throws Exception {
        DatasetGraph loaded = load(3);
        DatasetGraph expected = expected();
        List<Function<Quad, Quad>> patterns = List.of(
                q -> new Quad(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY),
                q -> new Quad(q.getGraph(), Node.ANY, q.getPredicate(), q.getObject()),
                q -> new Quad(q.getGraph(), Node.ANY, Node.ANY, q.getObject()),
                q -> new Quad(Node.ANY, q.getSubject(), q.getPredicate(), Node.ANY),
                q -> new Quad(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()),
                q -> new Quad(Node.ANY, Node.ANY, Node.ANY, q.getObject()),
                q -> q);
        List<Quad> all = Iter.toList(expected.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        int checked = 0;
        for (Quad quad : all) {
            for (Function<Quad, Quad> pattern : patterns) {
                Quad p = pattern.apply(quad);
                long inMemory = Iter.count(expected.find(p));
                long inStore = Txn.calculateRead(loaded, () -> Iter.count(loaded.find(p)));
                assertEquals(inMemory, inStore, p.toString());
                Triple t = Triple.create(p.getSubject(), p.getPredicate(), p.getObject());
                long unionInMemory = Iter.count(expected.getDefaultGraph().find(t));
                long unionInStore = Txn.calculateRead(
                        loaded, () -> Iter.count(loaded.getDefaultGraph().find(t)));
                assertEquals(unionInMemory, unionInStore, t.toString());
                checked++;
            }
        }
        assertEquals((3 * 13 + 2) * 7, checked);
    }

    @Test
    void anAbortedLoadLeavesNoNodeAndNoFiles() throws Exception {
        tdb = DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb").toString());
        Path work = tmp.resolve("loading");
        PackedLoader loader = PackedLoader.begin(tdb, work);
        loader.add(graphName(0), documents().get(0));
        loader.abort();
        assertFalse(Files.exists(work));
        Txn.executeRead(tdb, () -> {
            NodeTable nodes = TDBInternal.getDatasetGraphTDB(tdb)
                    .getTripleTable()
                    .getNodeTupleTable()
                    .getNodeTable();
            assertEquals(0L, Iter.count(nodes.all()));
            assertEquals(0L, Iter.count(tdb.find()));
        });
    }

    @Test
    void aNodeTheStoreCannotHoldFailsTheLoadWithItsError() throws Exception {
        tdb = DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb").toString());
        Path work = tmp.resolve("loading");
        PackedLoader loader = PackedLoader.begin(tdb, work);
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(uri("a"), uri("b"), NodeFactory.createVariable("x")));
        loader.add(graphName(0), g);
        RuntimeException e = assertThrows(RuntimeException.class, loader::finish);
        loader.abort();
        assertFalse(Files.exists(work));
        assertFalse(e.getMessage() == null || e.getMessage().isBlank());
    }
}
