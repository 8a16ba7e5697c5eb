package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus with a booklet cut short: refused with exit code 2, or with --lenient read without the booklet. */
class CutCorpusTest {
    private static final String CUT = "gcm-implementation-booklet.txt:700: the document ends here, expected "
            + "'POTENTIAL RESPONSES / CONCRETE EXAMPLES' of objective 12";

    @TempDir
    static Path tmp;

    static Path corpus;

    @BeforeAll
    static void cutTheBooklet() throws IOException {
        corpus = Files.createDirectory(tmp.resolve("corpus"));
        try (var files = Files.list(Path.of("data/corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
        Path booklet = corpus.resolve("gcm-implementation-booklet.txt");
        List<String> lines = Files.readAllLines(booklet, StandardCharsets.UTF_8);
        Files.write(booklet, lines.subList(0, 700), StandardCharsets.UTF_8);
    }

    /** The lines the command says to its user, without the log. */
    private static String said(CommandRun run) {
        return run.err()
                .lines()
                .filter(l -> l.startsWith("gcm-kg: "))
                .map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining());
    }

    @Test
    void everyCommandRefusesTheCutCorpusInOneLine() {
        for (List<String> command : List.of(
                List.of("validate"),
                List.of("load", "--store", tmp.resolve("s1").toString()),
                List.of(
                        "export",
                        "--format",
                        "turtle",
                        "--output",
                        tmp.resolve("x.ttl").toString()))) {
            String[] args = java.util.stream.Stream.concat(
                            command.stream(), java.util.stream.Stream.of("--corpus", corpus.toString()))
                    .toArray(String[]::new);
            CommandRun run = CommandRun.run(args);
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertEquals("gcm-kg: error: " + CUT + "\n", said(run), command.toString());
        }
        assertFalse(Files.exists(tmp.resolve("x.ttl")));
    }

    @Test
    void lenientExportLeavesTheCutDocumentOutAndSaysSo() {
        Path out = tmp.resolve("lenient.trig");
        CommandRun run = CommandRun.run(
                "export", "--lenient", "--corpus", corpus.toString(), "--format", "trig", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("gcm-kg: skipped: " + CUT + "\n", said(run));
        Dataset dataset = RDFDataMgr.loadDataset(out.toString());
        List<String> names = new java.util.ArrayList<>();
        dataset.listNames().forEachRemaining(names::add);
        assertEquals(
                List.of(
                        "https://w3id.org/gcm/graph/icmpd-input-unsg-report",
                        "https://w3id.org/gcm/graph/iom-idm-red-book-27",
                        "https://w3id.org/gcm/graph/ontology",
                        "https://w3id.org/gcm/graph/quno-foundations-objective-23"),
                names.stream().sorted().toList());
    }

    @Test
    void aPartialStoreIsUsedOnlyWhenLenient() throws IOException {
        String store = tmp.resolve("partial").toString();
        CommandRun lenient = CommandRun.run("load", "--lenient", "--corpus", corpus.toString(), "--store", store);
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.out().contains("gen-1: built now"), lenient.out());
        assertEquals("gcm-kg: skipped: " + CUT + "\n", said(lenient));
        // Reused as it is, and what it lacks is listed again.
        CommandRun again = CommandRun.run("load", "--lenient", "--corpus", corpus.toString(), "--store", store);
        assertTrue(again.out().contains("gen-1: up to date"), again.out());
        assertEquals("gcm-kg: skipped: " + CUT + "\n", said(again));
        // Without --lenient the partial generation is not up to date: the rebuild is refused and nothing changes.
        CommandRun strict = CommandRun.run("load", "--corpus", corpus.toString(), "--store", store);
        assertEquals(2, strict.exitCode());
        assertEquals("gcm-kg: error: " + CUT + "\n", said(strict));
        assertEquals("gen-1", Files.readString(Path.of(store, "current")).strip());
    }
}
