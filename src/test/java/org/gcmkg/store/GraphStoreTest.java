package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Ontology;
import org.gcmkg.graph.Uris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store with a small graph builder: each document is one resource with its text, in a graph of its own. */
class GraphStoreTest {
    @TempDir
    Path tmp;

    private final AtomicInteger builds = new AtomicInteger();

    /** Per document: 5 triples in its graph; plus the ontology graph with 1. */
    private Dataset smallGraph(Corpus corpus) {
        builds.incrementAndGet();
        Dataset dataset = DatasetFactory.createTxnMem();
        for (SourceText source : corpus.documents()) {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(Uris.source(source.stem()))
                    .addProperty(RDFS.label, m.createLiteral(source.fileName(), "en"))
                    .addProperty(DCTerms.description, m.createLiteral(source.content(), "en"))
                    .addProperty(DCTerms.publisher, "test");
            // The evidence of a link, whose label quotes the text: left out of the search index.
            m.createResource(GCM.ID + "mention/" + source.stem() + "/0-5", GCM.Mention)
                    .addProperty(RDFS.label, m.createLiteral("Mention in " + source.content(), "en"));
            dataset.addNamedModel(Uris.graph(source.stem()), m);
        }
        Model ontology = ModelFactory.createDefaultModel();
        ontology.createResource("https://w3id.org/gcm/ontology").addProperty(RDFS.label, "GCM ontology");
        dataset.addNamedModel(Ontology.GRAPH, ontology);
        return dataset;
    }

    private GraphStore store(Function<Corpus, Dataset> builder) {
        return new GraphStore(tmp.resolve("store"), builder);
    }

    private GraphStore store() {
        return store(this::smallGraph);
    }

    private Corpus corpus(String name, String... fileAndText) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < fileAndText.length; i += 2) {
            Files.writeString(dir.resolve(fileAndText[i]), fileAndText[i + 1]);
        }
        return Corpus.open(dir);
    }

    private Corpus first() throws Exception {
        return corpus(
                "first",
                "a.txt",
                "La matrícula consular helps migrants abroad.\n",
                "b.txt",
                "Consular protection and assistance.\n");
    }

    private Corpus second() throws Exception {
        return corpus(
                "second",
                "a.txt",
                "La matrícula consular helps migrants abroad.\n",
                "b.txt",
                "Consular protection, assistance and cooperation.\n");
    }

    private Path generation(String name) {
        return tmp.resolve("store").resolve(name);
    }

    private static List<String> select(StoredGraph graph, String query, String var) {
        return Txn.calculateRead(graph.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph.dataset()))
                    .query(query)
                    .build()) {
                return ResultSetFormatter.toList(qe.execSelect()).stream()
                        .map((QuerySolution s) -> s.get(var).isLiteral()
                                ? s.getLiteral(var).getLexicalForm()
                                : s.getResource(var).getURI())
                        .sorted()
                        .toList();
            }
        });
    }

    @Test
    void buildsOnceThenStartsFromTheStore() throws Exception {
        StoreInfo built;
        try (StoredGraph graph = store().open(first(), false).graph()) {
            built = graph.info();
            assertEquals("gen-1", built.generation());
            assertEquals(11, built.triples());
            assertEquals(StoreFingerprint.of(first()), built.fingerprint());
        }
        assertEquals(Optional.of("gen-1"), store().current());
        GraphStore.Opened again = store().open(first(), false);
        try (StoredGraph graph = again.graph()) {
            assertFalse(again.rebuilt());
            assertEquals(built, graph.info());
        }
        assertEquals(1, builds.get());
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        try (StoredGraph graph = store().open(first(), false).graph()) {
            assertEquals(List.of("11"), select(graph, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "n"));
            assertEquals(
                    List.of(Uris.graph("a") + " 5", Uris.graph("b") + " 5", Ontology.GRAPH + " 1"),
                    select(
                            graph,
                            "SELECT ?g (CONCAT(STR(?g), ' ', STR(COUNT(*))) AS ?line) "
                                    + "{ GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                            "line"));
            // Stored as the default graph, so that queries of it read the triple indexes.
            assertEquals(11L, (long) Txn.calculateRead(
                    graph.dataset(), () -> graph.dataset().getDefaultGraph().size()));
        }
    }

    @Test
    void textQueryFoldsAccentsAndStemsAndLeavesOutMentions() throws Exception {
        try (StoredGraph graph = store().open(first(), false).graph()) {
            String search = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query %s }";
            assertEquals(List.of(Uris.source("a")), select(graph, search.formatted("'matricula'"), "s"));
            assertEquals(List.of(Uris.source("a")), select(graph, search.formatted("'\"matrícula consular\"'"), "s"));
            assertEquals(List.of(Uris.source("a")), select(graph, search.formatted("'migrant'"), "s"));
            assertEquals(
                    List.of(Uris.source("a"), Uris.source("b")), select(graph, search.formatted("'consular'"), "s"));
        }
    }

    @Test
    void changedCorpusBuildsANewGenerationAndDropsTheOld() throws Exception {
        store().open(first(), false).graph().close();
        GraphStore.Opened opened = store().open(second(), false);
        try (StoredGraph graph = opened.graph()) {
            assertTrue(opened.rebuilt());
            assertEquals("gen-2", graph.info().generation());
            assertEquals(
                    List.of(Uris.source("b")),
                    select(
                            graph,
                            "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'cooperation' }",
                            "s"));
        }
        assertFalse(Files.exists(generation("gen-1")));
        assertEquals(Optional.of("gen-2"), store().current());
        assertEquals(2, builds.get());
    }

    @Test
    void rebuildOnRequest() throws Exception {
        store().open(first(), false).graph().close();
        GraphStore.Opened opened = store().open(first(), true);
        opened.graph().close();
        assertTrue(opened.rebuilt());
        assertEquals(Optional.of("gen-2"), store().current());
    }

    @Test
    void failedBuildLeavesTheCurrentGenerationServed() throws Exception {
        store().open(first(), false).graph().close();
        GraphStore failing = store(corpus -> {
            smallGraph(corpus);
            throw new CorpusException("b.txt:1: expected a heading, found 'Consular protection'");
        });
        assertThrows(CorpusException.class, () -> failing.open(second(), false));
        assertEquals(Optional.of("gen-1"), store().current());
        assertFalse(Files.exists(generation("gen-2")));
        GraphStore.Opened opened = store().open(first(), false);
        opened.graph().close();
        assertFalse(opened.rebuilt());
    }

    @Test
    void leftoverOfAKilledBuildIsRemovedOnTheNextStart() throws Exception {
        store().open(first(), false).graph().close();
        // What a build killed before completion leaves: a generation without store.properties.
        Files.createDirectories(generation("gen-2").resolve("tdb2"));
        Files.writeString(generation("gen-2").resolve("tdb2").resolve("Data-0001"), "half");
        GraphStore.Opened opened = store().open(first(), false);
        try (StoredGraph graph = opened.graph()) {
            assertFalse(opened.rebuilt());
            assertEquals("gen-1", graph.info().generation());
        }
        assertFalse(Files.exists(generation("gen-2")));
    }

    @Test
    void generationStillOpenIsNotDeletedUnderItsServer() throws Exception {
        StoredGraph served = store().open(first(), false).graph();
        store().open(second(), false).graph().close();
        assertTrue(Files.exists(generation("gen-1")), "gen-1 is still served");
        assertEquals(
                List.of(Uris.source("a")),
                select(
                        served,
                        "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'matricula' }",
                        "s"));
        served.close();
        store().open(second(), false).graph().close();
        assertFalse(Files.exists(generation("gen-1")));
    }

    @Test
    void loadChecksWithoutOpeningAndASecondServerIsRefused() throws Exception {
        try (StoredGraph served = store().open(first(), false).graph()) {
            GraphStore.Loaded loaded = store().load(first(), false);
            assertFalse(loaded.rebuilt());
            assertEquals(served.info(), loaded.info());
            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> store().open(first(), false));
            assertTrue(
                    refused.getMessage()
                            .endsWith("gen-1 is open in another process (a server on this store?); "
                                    + "stop it, or give this one another store directory"),
                    refused.getMessage());
        }
        assertEquals(1, builds.get());
    }

    @Test
    void dumpsHoldTheUnionAndTheNamedGraphs() throws Exception {
        try (StoredGraph graph = store().open(first(), false).graph()) {
            assertEquals(
                    11, RDFDataMgr.loadModel(graph.dump(Dump.TURTLE).toString()).size());
            assertEquals(
                    11, RDFDataMgr.loadModel(graph.dump(Dump.JSONLD).toString()).size());
            assertEquals(
                    11, RDFDataMgr.loadModel(graph.dump(Dump.RDFXML).toString()).size());
            Model nt = ModelFactory.createDefaultModel();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(graph.dump(Dump.NTRIPLES_GZIP)))) {
                RDFParser.source(in).lang(Lang.NTRIPLES).parse(nt);
            }
            assertEquals(11, nt.size());
            Dataset trig = RDFDataMgr.loadDataset(graph.dump(Dump.TRIG).toString());
            assertEquals(
                    List.of(Uris.graph("a"), Uris.graph("b"), Ontology.GRAPH),
                    Iter.toList(trig.listNames()).stream().sorted().toList());
            assertEquals(0, trig.getDefaultModel().size());
        }
    }
}
