package org.gcmkg.cli;

import static org.gcmkg.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.CorpusGraph;
import org.gcmkg.kind.DocumentKinds;
import org.gcmkg.serve.ServiceMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The command line in-process: exit codes, outputs and one-line errors. Its tests run side by side (each builds the
 * graph in its own commands, with a directory of its own), so that the longest class of the suite does not end it
 * alone on one core.
 */
@Execution(ExecutionMode.CONCURRENT)
class MainTest {
    static long triples;

    @TempDir
    Path tmp;

    @BeforeAll
    static void countTriples() {
        triples = CorpusGraph.get().getDefaultModel().size();
    }

    @Test
    void exportsTheWholeGraphInEveryTripleFormat() {
        for (String format : List.of("ntriples", "turtle", "jsonld", "rdfxml")) {
            Path file = tmp.resolve("kg." + format);
            CommandRun run = run("export", "--format", format, "--output", file.toString());
            assertEquals(0, run.exitCode(), run.err());
            Model model = RDFDataMgr.loadModel(
                    file.toString(),
                    org.apache.jena.riot.RDFLanguages.nameToLang(
                            format.equals("ntriples")
                                    ? "N-Triples"
                                    : format.equals("jsonld")
                                            ? "JSON-LD"
                                            : format.equals("rdfxml") ? "RDF/XML" : "Turtle"));
            assertEquals(triples, model.size(), format);
        }
    }

    @Test
    void exportsOneNamedGraphPerDocumentInQuadFormats() {
        for (String format : List.of("nquads", "trig")) {
            Path file = tmp.resolve("kg." + (format.equals("nquads") ? "nq" : "trig"));
            assertEquals(
                    0,
                    run("export", "--format", format, "--output", file.toString())
                            .exitCode());
            Dataset dataset = RDFDataMgr.loadDataset(file.toString());
            List<String> names = new ArrayList<>();
            dataset.listNames().forEachRemaining(names::add);
            names.sort(null);
            assertEquals(
                    List.of(
                            "https://w3id.org/gcm/graph/gcm-implementation-booklet",
                            "https://w3id.org/gcm/graph/icmpd-input-unsg-report",
                            "https://w3id.org/gcm/graph/iom-idm-red-book-27",
                            "https://w3id.org/gcm/graph/ontology",
                            "https://w3id.org/gcm/graph/quno-foundations-objective-23"),
                    names);
            assertEquals(0, dataset.getDefaultModel().size());
            assertEquals(triples, dataset.getUnionModel().size());
        }
    }

    @Test
    void validatesTheGraphOfTheCorpus() {
        CommandRun run = run("validate");
        assertEquals(0, run.exitCode(), run.out());
        assertEquals(
                "conforms: " + triples + " triples, 0 violations", run.out().strip());
    }

    @Test
    void validateExitsWithOneWhenTheGraphDoesNotConform() throws IOException {
        // An action whose whole text is a footnote marker has no description, which the shapes require.
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        String booklet = Files.readString(Path.of("data/corpus/gcm-implementation-booklet.txt"));
        int start = booklet.indexOf("- (a) Elaborate and implement");
        int end = booklet.indexOf('\n', start);
        Files.writeString(
                corpus.resolve("gcm-implementation-booklet.txt"),
                booklet.substring(0, start) + "- (a) ³" + booklet.substring(end));
        CommandRun run = run("validate", "--corpus", corpus.toString());
        assertEquals(1, run.exitCode());
        assertTrue(
                run.out()
                        .contains("Violation: https://w3id.org/gcm/id/objective/1/action/a "
                                + "<http://purl.org/dc/terms/description>"),
                run.out());
        assertTrue(run.out().strip().endsWith("does not conform: 1 results"), run.out());
    }

    static final String LETTERS_OF_OBJECTIVE_22 =
            "SELECT ?letter WHERE { ?a gcm:objective <https://w3id.org/gcm/id/objective/22> ; gcm:letter ?letter } "
                    + "ORDER BY ?letter";

    /** What {@code query --format csv ARGS} prints, having exited with 0. */
    static String csv(String... args) {
        CommandRun run = run(Stream.concat(Stream.of("query", "--format", "csv"), Stream.of(args))
                .toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    @Test
    void answersAQueryInTheFormatAsked() {
        assertEquals("letter\r\na\r\nb\r\nc\r\n", csv(LETTERS_OF_OBJECTIVE_22));
        // A query with no SERVICE does not read the vocabularies: a missing --vocab directory does not matter.
        assertEquals(
                "letter\r\na\r\nb\r\nc\r\n",
                csv("--vocab", tmp.resolve("absent").toString(), LETTERS_OF_OBJECTIVE_22));
        CommandRun file = run("query", "--format", "tsv", "queries/08-objectives-serving-all-sdgs.rq");
        assertEquals(3, file.out().strip().split("\n").length);
        assertTrue(file.out().contains("<https://w3id.org/gcm/id/objective/19>\t19\t"), file.out());
    }

    @Test
    void answersAFederatedQueryOfflineFromTheVocabulariesInTheRepositoryByDefault() {
        CommandRun run = run("query", "--format", "tsv", "queries/federated/02-target-names-in-french-and-spanish.rq");
        assertEquals(0, run.exitCode(), run.err());
        // Objective 4's four targets (1.3, 10.7, 16.9, 17.18), as FederatedQueriesTest finds them through a server.
        String[] lines = run.out().strip().split("\n");
        assertEquals(5, lines.length, run.out());
        assertTrue(lines[3].startsWith("<http://metadata.un.org/sdg/16.9>\t\"16.9\"\t"), lines[3]);
        assertTrue(
                lines[3].contains("\"D’ici à 2030, garantir à tous une identité juridique, notamment grâce à "
                        + "l’enregistrement des naissances\"@fr"),
                lines[3]);
    }

    /** The lines of a run's standard error that are not the log of building the graph. */
    static List<String> errors(CommandRun run) {
        return run.err()
                .lines()
                .filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d+ (INFO|WARN) .*"))
                .toList();
    }

    @Test
    void refusesWhatItCannotMapInOneLine() {
        String query = "queries/federated/02-target-names-in-french-and-spanish.rq";
        CommandRun noVocab =
                run("query", "--vocab", "none", "--map-service", "https://metadata.un.org/sparql=/sdg", query);
        assertEquals(2, noVocab.exitCode());
        assertEquals(
                List.of("gcm-kg: error: --map-service https://metadata.un.org/sparql=/sdg: SERVICE "
                        + "<https://metadata.un.org/sparql> is mapped to /sdg, which is not a dataset here (there is /gcm); /sdg "
                        + "is the files of --vocab, which is none"),
                errors(noVocab));
        CommandRun notHttp = run("query", "--map-service", "ftp://example.org=/gcm", query);
        assertEquals(2, notHttp.exitCode());
        assertEquals(
                List.of("gcm-kg: error: --map-service ftp://example.org=/gcm: not an http(s) endpoint URL: "
                        + "ftp://example.org"),
                errors(notHttp));
        CommandRun vocabAlone = run("query", "--vocab", tmp.resolve("absent").toString(), query);
        assertEquals(2, vocabAlone.exitCode());
        assertEquals(
                List.of("gcm-kg: error: --vocab " + tmp.resolve("absent") + ": not a directory of vocabulary "
                        + "files"),
                errors(vocabAlone));
    }

    @Test
    void theUnEndpointIsAnsweredFromSdgUnlessMappedElsewhereOrTurnedOff() {
        VocabOption option = new VocabOption();
        option.directory = "data/vocab";
        ServiceMapping toSdg = new ServiceMapping("https://metadata.un.org/sparql", "/sdg");
        assertEquals(List.of(toSdg), option.withDefaultMapping(List.of()));
        ServiceMapping wikidata = ServiceMapping.parse("https://query.wikidata.org/sparql=http://127.0.0.1:9/sparql");
        assertEquals(List.of(wikidata, toSdg), option.withDefaultMapping(List.of(wikidata)));
        // Compared as the allow-list compares endpoints: this names the same one, and replaces the default.
        ServiceMapping elsewhere = ServiceMapping.parse("HTTPS://Metadata.UN.org:443/sparql=http://127.0.0.1:9/sdg");
        assertEquals(List.of(elsewhere), option.withDefaultMapping(List.of(elsewhere)));
        option.directory = "none";
        assertEquals(List.of(), option.withDefaultMapping(List.of()));
        assertEquals(null, option.directory());
    }

    @Test
    void answersAServiceMappedToTheGraphItselfAndPassesOtherServicesOn() {
        assertEquals(
                "n\r\n23\r\n",
                csv(
                        "--map-service",
                        "https://example.org/sparql=/gcm",
                        "SELECT (COUNT(?o) AS ?n) WHERE { SERVICE <https://example.org/sparql> { ?o a gcm:Objective } }"));
        // A SERVICE no mapping names is called as given (nothing listens on port 1): it fails the query in one line,
        // even where a variable names it, rather than being refused.
        CommandRun passedOn = run(
                "query",
                "--map-service",
                "https://example.org/sparql=/gcm",
                "SELECT * WHERE { VALUES ?endpoint { <http://127.0.0.1:1/sparql> } SERVICE ?endpoint { ?s ?p ?o } }");
        assertEquals(2, passedOn.exitCode());
        assertEquals(
                List.of("gcm-kg: error: the query failed: Unexpected error making the query: GET "
                        + "http://127.0.0.1:1/sparql"),
                errors(passedOn));
    }

    /** {@code export --format ntriples --output OUTPUT --corpus CORPUS}. */
    static CommandRun exportNTriples(Path output, Path corpus) {
        return run("export", "--format", "ntriples", "--output", output.toString(), "--corpus", corpus.toString());
    }

    @Test
    void saysInOneLineWhatIsWrongWithTheInput() throws IOException {
        CommandRun missing = exportNTriples(tmp.resolve("x.nt"), tmp.resolve("nowhere"));
        assertEquals(2, missing.exitCode());
        assertEquals(
                "gcm-kg: error: corpus directory " + tmp.resolve("nowhere") + " does not exist or is not a directory",
                missing.err().strip());
        assertTrue(Files.notExists(tmp.resolve("x.nt")));

        Path corpus = tmp.resolve("latin1");
        Files.createDirectories(corpus);
        Files.write(
                corpus.resolve("doc.txt"), "first line\nsecond line caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun latin1 = run("validate", "--corpus", corpus.toString());
        assertEquals(2, latin1.exitCode());
        assertEquals(
                "gcm-kg: error: doc.txt:2: expected UTF-8 text, found bytes that are not UTF-8",
                latin1.err().strip());

        CommandRun badQuery = run("query", "SELECT ?x WHERE { ?x");
        assertEquals(2, badQuery.exitCode());
        assertEquals(1, badQuery.err().strip().split("\n").length, badQuery.err());
        assertTrue(badQuery.err().startsWith("gcm-kg: error: query is not valid SPARQL: "), badQuery.err());
    }

    @Test
    void refusesADocumentOfNoKnownKind() throws IOException {
        Path corpus = tmp.resolve("unknown");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("notes.txt"), "Some notes that are no GCM document.\n");
        CommandRun run = run("validate", "--corpus", corpus.toString());
        assertEquals(2, run.exitCode());
        // The kinds registered, the tests' own among them; JarIT checks the jar's message names the corpus's four.
        assertTrue(
                run.err()
                        .strip()
                        .endsWith("gcm-kg: error: notes.txt:1: expected a document of a known kind ("
                                + String.join(", ", DocumentKinds.registered().names())
                                + "), found none of their shapes"),
                run.err());
    }

    @Test
    void refusesADocumentTwoKindsClaim() throws IOException {
        Path corpus = tmp.resolve("ambiguous");
        Files.createDirectories(corpus);
        Files.writeString(
                corpus.resolve("both.txt"),
                String.join(
                        "\n",
                        "Foundations for Implementation",
                        "GCM Objective 1",
                        "ASSOCIATED ACTIONS",
                        "Guidance from Special Procedures",
                        ""));
        CommandRun run = exportNTriples(tmp.resolve("both.nt"), corpus);
        assertEquals(2, run.exitCode());
        assertEquals(
                1,
                run.err().strip().lines().filter(l -> l.startsWith("gcm-kg: ")).count(),
                run.err());
        assertTrue(
                run.err()
                        .strip()
                        .endsWith(
                                "gcm-kg: error: both.txt:1: expected a document of one kind, found the "
                                        + "shapes of 2 (GCM implementation booklet, QUNO Foundations for Implementation sheet)"),
                run.err());
        assertTrue(Files.notExists(tmp.resolve("both.nt")));
    }

    @Test
    void refusesABrokenDocumentWithoutWritingAnything() throws IOException {
        Path corpus = tmp.resolve("broken");
        Files.createDirectories(corpus);
        String booklet = Files.readString(Path.of("data/corpus/gcm-implementation-booklet.txt"));
        Files.writeString(
                corpus.resolve("gcm-implementation-booklet.txt"),
                booklet.replace("GCM Objective 5\n", "GCM Objective 6\n"));
        Path out = tmp.resolve("kg.nt");
        CommandRun run = exportNTriples(out, corpus);
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .strip()
                        .endsWith("gcm-kg: error: gcm-implementation-booklet.txt:317: expected 'GCM Objective 5', "
                                + "found 'GCM Objective 6'"),
                run.err());
        assertTrue(Files.notExists(out));
    }
}
