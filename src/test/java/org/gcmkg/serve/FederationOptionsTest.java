package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieces of federation that need no corpus and no UN data: loading a vocabulary directory, reading
 * {@code --map-service}, the policy's mapping to another endpoint, and the command line's checks of both options.
 */
class FederationOptionsTest {
    @TempDir
    Path tmp;

    private static CommandRun serve(String... args) {
        return CommandRun.run(Stream.concat(Stream.of("serve"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void loadsEveryVocabularyFileOfTheDirectoryAndNothingElse() throws IOException {
        Files.writeString(
                tmp.resolve("goals.ttl"),
                "<http://metadata.un.org/sdg/10> <" + RDFS.label.getURI() + "> \"Reduced inequalities\"@en .");
        Files.writeString(
                tmp.resolve("targets.NT"),
                "<http://metadata.un.org/sdg/10.7> <" + RDFS.label.getURI() + "> \"Target 10.7\"@en .\n");
        Files.writeString(tmp.resolve("README.md"), "# not RDF");
        Files.createDirectories(tmp.resolve("sub")).resolve("more.ttl").toFile().createNewFile();
        DatasetGraph dataset = VocabDataset.load(tmp);
        assertEquals(2L, (long)
                Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size()));
    }

    @Test
    void vocabulariesAreParsedOnceIntoACopyThatLaterStartsOpen() throws IOException {
        Path vocab = Files.createDirectories(tmp.resolve("vocab"));
        Path copies = tmp.resolve("store").resolve("vocab");
        Files.writeString(
                vocab.resolve("goals.ttl"),
                "<http://metadata.un.org/sdg/10> <" + RDFS.label.getURI() + "> \"Reduced inequalities\"@en .\n"
                        + "<http://metadata.un.org/sdg/10.7> <" + RDFS.label.getURI() + "> _:b .\n");
        DatasetGraph first = VocabDataset.open(vocab, copies);
        try {
            assertTrue(TDBInternal.isTDB2(first));
            assertTrue(Txn.calculateRead(
                    first,
                    () -> first.getDefaultGraph()
                            .isIsomorphicWith(VocabDataset.load(vocab).getDefaultGraph())));
        } finally {
            VocabDataset.close(first);
        }
        List<Path> made = list(copies);
        assertEquals(1, made.size());
        Path copy = made.get(0);
        // The next start opens the copy: a triple added to it, not to the files, is there.
        DatasetGraph direct = DatabaseMgr.connectDatasetGraph(copy.toString());
        Txn.executeWrite(
                direct,
                () -> direct.getDefaultGraph()
                        .add(
                                NodeFactory.createURI("http://metadata.un.org/sdg/1"),
                                RDFS.label.asNode(),
                                NodeFactory.createLiteralString("No poverty")));
        TDBInternal.expel(direct);
        DatasetGraph second = VocabDataset.open(vocab, copies);
        try {
            assertEquals(3L, (long)
                    Txn.calculateRead(second, () -> second.getDefaultGraph().size()));
        } finally {
            VocabDataset.close(second);
        }
        // A changed file is parsed again, into a new copy that replaces the old one.
        Files.writeString(
                vocab.resolve("goals.ttl"),
                "<http://metadata.un.org/sdg/10> <" + RDFS.label.getURI() + "> \"Reduced inequalities\"@en .\n");
        DatasetGraph third = VocabDataset.open(vocab, copies);
        try {
            assertEquals(1L, (long)
                    Txn.calculateRead(third, () -> third.getDefaultGraph().size()));
        } finally {
            VocabDataset.close(third);
        }
        List<Path> now = list(copies);
        assertEquals(1, now.size());
        assertFalse(now.contains(copy));
    }

    @Test
    void aBadVocabularyFileLeavesNoCopy() throws IOException {
        Path vocab = Files.createDirectories(tmp.resolve("vocab"));
        Path copies = tmp.resolve("store").resolve("vocab");
        Files.writeString(vocab.resolve("codes.ttl"), "<http://metadata.un.org/sdg/10> <broken .\n");
        IllegalArgumentException broken =
                assertThrows(IllegalArgumentException.class, () -> VocabDataset.open(vocab, copies));
        assertTrue(broken.getMessage().startsWith(vocab.resolve("codes.ttl") + ": "), broken.getMessage());
        assertEquals(List.of(), list(copies));
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void aBadVocabularyDirectoryIsNamedWithWhatIsWrong() throws IOException {
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> VocabDataset.load(tmp.resolve("absent")));
        assertEquals(tmp.resolve("absent") + ": not a directory of vocabulary files", missing.getMessage());
        Files.writeString(tmp.resolve("README.md"), "# not RDF");
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> VocabDataset.load(tmp));
        assertEquals(tmp + ": no vocabulary file (.jsonld, .nt, .owl, .rdf, .ttl)", empty.getMessage());
        Files.writeString(
                tmp.resolve("codes.ttl"),
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n"
                        + "geoArea:484 skos:prefLabel \"Mexico\"@en .\n");
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> VocabDataset.load(tmp));
        assertTrue(broken.getMessage().startsWith(tmp.resolve("codes.ttl") + ": "), broken.getMessage());
        assertTrue(broken.getMessage().contains("line: 3"), broken.getMessage());
    }

    @Test
    void serviceMappingsAreReadAsPublicEqualsLocal() {
        ServiceMapping toDataset = ServiceMapping.parse("https://metadata.un.org/sparql=/sdg");
        assertEquals(new ServiceMapping("https://metadata.un.org/sparql", "/sdg"), toDataset);
        assertTrue(toDataset.toDataset());
        ServiceMapping toEndpoint =
                ServiceMapping.parse("https://query.wikidata.org/sparql = http://127.0.0.1:9999/wikidata/sparql");
        assertEquals("http://127.0.0.1:9999/wikidata/sparql", toEndpoint.target());
        assertFalse(toEndpoint.toDataset());
        assertThrows(IllegalArgumentException.class, () -> ServiceMapping.parse("https://metadata.un.org/sparql"));
        assertThrows(IllegalArgumentException.class, () -> ServiceMapping.parse("metadata.un.org=/sdg"));
        assertThrows(IllegalArgumentException.class, () -> ServiceMapping.parse("https://metadata.un.org/sparql=sdg"));
        assertThrows(
                IllegalArgumentException.class,
                () -> ServiceMapping.parse("https://metadata.un.org/sparql=file:///etc/passwd"));
    }

    @Test
    void aMappedEndpointIsCalledInsteadOfThePublicOneAndOnlyThroughIt() throws Exception {
        Dataset mirrorData = DatasetFactory.createTxnMem();
        Txn.executeWrite(
                mirrorData,
                () -> mirrorData
                        .getDefaultModel()
                        .createResource("http://metadata.un.org/sdg/10.7")
                        .addProperty(RDFS.label, "from the mirror"));
        try (GcmServer mirror = GcmServer.start(mirrorData, "127.0.0.1", 0)) {
            String mirrorUrl = "http://127.0.0.1:" + mirror.port() + "/gcm/sparql";
            // No endpoint on the allow-list: the public URL is answered through the mapping only.
            ServerOptions options = new ServerOptions("127.0.0.1", 0, 5_000, 0, List.of(), null, null);
            try (GcmServer server = GcmServer.builder(options)
                    .dataset("/gcm", DatasetFactory.createTxnMem().asDatasetGraph())
                    .mapService(ServiceMapping.parse("https://metadata.un.org/sparql=" + mirrorUrl))
                    .start()) {
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> mapped = Http.query(
                        base,
                        "SELECT ?label { SERVICE <https://metadata.un.org/" + "sparql> { ?s <" + RDFS.label.getURI()
                                + "> ?label } }",
                        "text/csv");
                assertEquals("label\r\nfrom the mirror\r\n", mapped.body());
                HttpResponse<String> direct = Http.query(
                        base,
                        "SELECT ?label { SERVICE <" + mirrorUrl + "> { ?s <" + RDFS.label.getURI() + "> ?label } }",
                        "text/csv");
                assertEquals(403, direct.statusCode(), direct.body());
            }
        }
    }

    @Test
    void aMappingToADatasetTheServerDoesNotServeIsRefusedWhenItStarts() {
        GcmServer.Builder builder = GcmServer.builder(new ServerOptions("127.0.0.1", 0))
                .dataset("/gcm", DatasetFactory.createTxnMem().asDatasetGraph())
                .mapService(ServiceMapping.parse("https://metadata.un.org/sparql=/sdg"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, builder::start);
        assertEquals(
                "SERVICE <https://metadata.un.org/sparql> is mapped to /sdg, which is not a dataset here (there is "
                        + "/gcm)",
                refused.getMessage());
    }

    @Test
    void serveChecksBothOptionsBeforeBuildingTheStore() {
        Path store = tmp.resolve("store");
        CommandRun noVocab = serve(
                "--store", store.toString(), "--vocab", "none", "--map-service", "https://metadata.un.org/sparql=/sdg");
        assertEquals(2, noVocab.exitCode());
        assertEquals(
                "gcm-kg: error: --map-service https://metadata.un.org/sparql=/sdg: SERVICE "
                        + "<https://metadata.un.org/sparql> is mapped to /sdg, which is not a dataset here (there is /gcm); /sdg "
                        + "is the files of --vocab, which is none",
                noVocab.err().strip());
        CommandRun notAMapping = serve("--store", store.toString(), "--map-service", "https://metadata.un.org/sparql");
        assertEquals(2, notAMapping.exitCode());
        assertEquals(
                "gcm-kg: error: --map-service https://metadata.un.org/sparql: expected PUBLIC-URL=LOCAL (e.g. "
                        + "https://metadata.un.org/sparql=/sdg), found https://metadata.un.org/sparql",
                notAMapping.err().strip());
        CommandRun noDirectory = serve(
                "--store", store.toString(), "--vocab", tmp.resolve("absent").toString());
        assertEquals(2, noDirectory.exitCode());
        assertTrue(
                noDirectory
                        .err()
                        .contains("gcm-kg: error: --vocab " + tmp.resolve("absent")
                                + ": not a directory of vocabulary files"),
                noDirectory.err());
        assertFalse(Files.exists(store), "nothing was built");
    }

    @Test
    void serveHelpDocumentsBothOptions() {
        CommandRun run = serve("--help");
        assertEquals(0, run.exitCode());
        String help = run.out();
        assertTrue(help.contains("--vocab=DIR") && help.contains("--map-service=PUBLIC=LOCAL"), help);
        String words = help.replaceAll("\\s+", " ");
        assertTrue(words.contains("(default: data/vocab, the copy in the repository; 'none' for no /sdg)"), help);
        assertTrue(words.contains("is answered from /sdg, the copy in data/vocab, by default"), help);
    }
}
