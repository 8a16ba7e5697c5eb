package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Uris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures a build keeps beside its generation are those of the graph it stored, read back as measured. */
class GraphCensusTest {
    @TempDir
    Path tmp;

    @Test
    void theBuildKeepsTheFiguresOfTheGraphItStored() throws IOException {
        StoredGraph store = TestStore.real();
        DatasetGraph dataset = store.dataset();
        assertTrue(Files.exists(store.directory().resolve(GraphCensus.FILE)));
        GraphCensus kept = GraphCensus.read(store.directory()).orElseThrow();
        assertEquals(Txn.calculateRead(dataset, () -> GraphCensus.measure(dataset)), kept);
        assertEquals(kept, store.census());

        assertEquals(33492, kept.triples());
        // Counted along the SPO and OSP indexes, as a SPARQL engine counts them over the stored default graph.
        assertEquals(3885, kept.distinctSubjects());
        assertEquals(13006, kept.distinctObjects());
        assertEquals(3672, kept.entities());
        assertEquals(99, kept.properties());
        assertEquals(kept.distinctSubjects(), count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"));
        assertEquals(kept.distinctObjects(), count(dataset, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"));
        assertEquals(kept.properties(), count(dataset, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"));
        assertEquals(
                kept.entities(),
                count(
                        dataset,
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + GCM.ID
                                + "\") && isIRI(?s)) }"));
        assertEquals(store.info().triples(), kept.triples());
        assertEquals(4L, kept.classes().get(GCM.SourceDocument.getURI()));
        assertEquals(23L, kept.classes().get(GCM.NS + "Objective"));
        assertEquals(187L, kept.classes().get(GCM.NS + "Action"));
        assertEquals(4, kept.sources().size());
        assertEquals(5, kept.namedGraphs().size());
        Map<String, Long> sizes = Txn.calculateRead(dataset, () -> {
            Map<String, Long> graphs = new java.util.TreeMap<>();
            dataset.listGraphNodes()
                    .forEachRemaining(g ->
                            graphs.put(g.getURI(), (long) dataset.getGraph(g).size()));
            return graphs;
        });
        assertEquals(sizes, kept.namedGraphs());
        assertTrue(
                kept.links().get(Uris.UN_SDG).get(GCM.NS + "sdgTarget") > 0,
                kept.links().toString());
    }

    @Test
    void theStoreKeepsTdb2sDefaultParametersForTheServer() {
        // The build connects with smaller node caches; they must not be written into the store.
        StoredGraph store = TestStore.real();
        Path tdb = store.directory().resolve(StoredGraph.TDB_FOLDER);
        try (var files = Files.walk(tdb)) {
            assertEquals(List.of(), files.filter(f -> f.endsWith("tdb.cfg")).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(DatasetGraph dataset, String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec q = QueryExec.dataset(dataset).query(sparql).build()) {
                return ((Number) q.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    @Test
    void aGenerationBuiltWithoutFiguresHasNoneAndBrokenOnesAreNamed() throws IOException {
        assertEquals(Optional.empty(), GraphCensus.read(tmp));
        Files.writeString(tmp.resolve(GraphCensus.FILE), "{ \"triples\": 3 }");
        IOException broken = assertThrows(IOException.class, () -> GraphCensus.read(tmp));
        assertTrue(
                broken.getMessage().startsWith(tmp.resolve(GraphCensus.FILE) + " is incomplete: "),
                broken.getMessage());
    }
}
