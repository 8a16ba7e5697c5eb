package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.ParseErrorCollector;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.gcmkg.ServedJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server (the shaded jar, started once) driven by clients nobody here wrote: RDF4J Rio in Java, Comunica in
 * JavaScript, SPARQLWrapper and rdflib in Python, Raptor's {@code rapper} on the command line. Rio parses everything
 * the server emits with strict settings and must find the triples Jena finds; the others answer the project's
 * questions, and each answer is asserted. The non-Java clients live in {@code src/test/e2e/} and are installed by
 * {@code src/test/e2e/install.sh}; a client that is not there fails its test.
 */
class OutsideClientsIT {
    private static final String OBJECTIVE_4 = "https://w3id.org/gcm/id/objective/4";
    private static final Path E2E = Path.of("src", "test", "e2e");
    /** Debian's interpreter, whose packages python3-rdflib and python3-sparqlwrapper are. */
    private static final String PYTHON = "/usr/bin/python3";
    /** Triples of the graph, which every triple dump holds. */
    private static final int TRIPLES = 33492;
    /**
     * Quads of the TriG dump: the triples of each named graph, 389 more than the union (a triple two documents state is
     * in both graphs).
     */
    private static final int TRIG_QUADS = 33881;
    /** Triples of the page of objective 4: its statements and the labels of what it links to. */
    private static final int OBJECTIVE_4_TRIPLES = 34;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final ServedJar.Shared SERVER = new ServedJar.Shared();

    @TempDir
    static Path tmp;

    private static String base;
    /** The graph, as Jena reads the N-Triples dump: what every other syntax must give. */
    private static Graph reference;

    @BeforeAll
    static void start() throws Exception {
        base = SERVER.get().base;
        reference = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(gunzip(dump("gcm.nt.gz"))))
                .lang(Lang.NTRIPLES)
                .parse(reference);
        assertEquals(TRIPLES, reference.size());
    }

    // ---- RDF4J Rio

    @Test
    void rioParsesEveryDumpStrictlyAndFindsTheTriplesJenaFinds() throws Exception {
        for (var dump : Map.of("gcm.ttl", RDFFormat.TURTLE, "gcm.jsonld", RDFFormat.JSONLD, "gcm.rdf", RDFFormat.RDFXML)
                .entrySet()) {
            byte[] body = dump(dump.getKey());
            Graph rio = toJena(rio(body, dump.getValue(), dump.getKey()));
            assertEquals(TRIPLES, rio.size(), dump.getKey());
            assertTrue(rio.isIsomorphicWith(reference), dump.getKey() + " by Rio is the graph");
            assertTrue(
                    jena(body, jenaLang(dump.getValue())).isIsomorphicWith(rio), dump.getKey() + " by Jena is Rio's");
        }
        Graph ntriples = toJena(rio(gunzip(dump("gcm.nt.gz")), RDFFormat.NTRIPLES, "gcm.nt.gz"));
        assertTrue(ntriples.isIsomorphicWith(reference), "gcm.nt.gz by Rio");

        byte[] trig = dump("gcm.trig");
        Model quads = rio(trig, RDFFormat.TRIG, "gcm.trig");
        DatasetGraph jena = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(jena);
        // One named graph per source document and one for the ontology, each the same in both.
        assertEquals(TRIG_QUADS, quads.size());
        assertEquals(5, quads.contexts().size());
        for (var context : quads.contexts()) {
            Node name = NodeFactory.createURI(context.stringValue());
            assertTrue(
                    toJena(quads.filter(null, null, null, context)).isIsomorphicWith(jena.getGraph(name)),
                    "gcm.trig graph " + name);
        }
        assertTrue(toJena(quads).isIsomorphicWith(reference), "the union of gcm.trig's graphs is the graph");
    }

    @Test
    void rioParsesEveryRepresentationThePagesNegotiate() throws Exception {
        Graph turtle = jena(get(base + "/id/objective/4", "text/turtle"), Lang.TURTLE);
        assertEquals(OBJECTIVE_4_TRIPLES, turtle.size());
        for (RDFFormat format : List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.NTRIPLES, RDFFormat.RDFXML)) {
            Graph rio = toJena(rio(
                    get(base + "/id/objective/4", format.getDefaultMIMEType()),
                    format,
                    "objective 4 as " + format.getName()));
            assertTrue(rio.isIsomorphicWith(turtle), "objective 4 as " + format.getName());
        }
        Graph ontology = jena(get(base + "/ontology", "text/turtle"), Lang.TURTLE);
        for (RDFFormat format : List.of(RDFFormat.JSONLD, RDFFormat.NTRIPLES, RDFFormat.RDFXML)) {
            assertTrue(
                    toJena(rio(
                                    get(base + "/ontology", format.getDefaultMIMEType()),
                                    format,
                                    "ontology as " + format.getName()))
                            .isIsomorphicWith(ontology),
                    "the ontology as " + format.getName());
        }
        // The Graph Store Protocol gives the whole dataset, its named graphs, in the quad syntaxes.
        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(dump("gcm.trig")))
                .lang(Lang.TRIG)
                .parse(dump);
        for (RDFFormat format : List.of(RDFFormat.TRIG, RDFFormat.NQUADS)) {
            Model quads =
                    rio(get(base + "/gcm/get", format.getDefaultMIMEType()), format, "/gcm/get as " + format.getName());
            assertEquals(TRIG_QUADS, quads.size(), "/gcm/get as " + format.getName());
            assertEquals(5, quads.contexts().size());
            for (var context : quads.contexts()) {
                Node name = NodeFactory.createURI(context.stringValue());
                assertTrue(
                        toJena(quads.filter(null, null, null, context)).isIsomorphicWith(dump.getGraph(name)),
                        "/gcm/get as " + format.getName() + ", graph " + name);
            }
        }
    }

    @Test
    void rioParsesTheOntologyAndTheShapes() throws Exception {
        for (String file : List.of("gcm.ttl", "shapes.ttl")) {
            byte[] body = Files.readAllBytes(Path.of("ontology", file));
            assertTrue(toJena(rio(body, RDFFormat.TURTLE, file)).isIsomorphicWith(jena(body, Lang.TURTLE)), file);
        }
    }

    // ---- Comunica

    @Test
    void comunicaAnswersTheCompetencyQuestionsAndFederatesOnTheClientSide() throws Exception {
        List<String> lines = run(
                E2E,
                List.of(
                        "node",
                        "comunica/queries.js",
                        base,
                        Path.of("queries", "02-objectives-serving-target-10-7.rq")
                                .toAbsolutePath()
                                .toString(),
                        Path.of("queries", "11-objective-overview.rq")
                                .toAbsolutePath()
                                .toString()));
        List<String> target107 = section(lines, "02-objectives-serving-target-10-7.rq");
        assertEquals(
                List.of("1", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "16", "17", "18", "21", "22"),
                target107.stream().map(l -> l.split(" \\| ")[1]).toList());
        assertEquals(
                OBJECTIVE_4 + " | 4 | Ensure that all migrants have proof of legal identity and adequate "
                        + "documentation",
                target107.get(2));
        List<String> overview = section(lines, "11-objective-overview.rq");
        assertEquals(23, overview.size());
        // Objective 4: 11 actions... as CompetencyQueriesTest finds them through Jena: actions, examples, targets.
        assertEquals(
                "4 | Ensure that all migrants have proof of legal identity and adequate documentation | 7 | 3 | 4",
                overview.get(3));
        List<String> federated = section(lines, "federated");
        assertEquals(
                Stream.of("1.3", "10.7", "16.9", "17.18")
                        .map(target -> "http://metadata.un.org/sdg/" + target)
                        .toList(),
                federated.stream().map(l -> l.split(" \\| ")[0]).toList());
        assertEquals(
                "http://metadata.un.org/sdg/16.9 | D’ici à 2030, garantir à tous une identité juridique, "
                        + "notamment grâce à l’enregistrement des naissances",
                federated.get(2));
    }

    // ---- Python

    @Test
    void sparqlWrapperGetsJsonAndCsv() throws Exception {
        List<String> lines = run(
                E2E,
                List.of(
                        PYTHON,
                        "python/sparqlwrapper_queries.py",
                        base,
                        Path.of("queries", "02-objectives-serving-target-10-7.rq")
                                .toAbsolutePath()
                                .toString()));
        assertEquals("json: 1 3 4 5 6 7 8 9 10 11 12 14 16 17 18 21 22", lines.get(0));
        assertEquals("json vars: objective number title", lines.get(1));
        assertEquals("objective,number,title", lines.get(2).strip());
        assertEquals(18, lines.size() - 2, "header and 17 rows of CSV");
        assertEquals(
                OBJECTIVE_4 + ",4,Ensure that all migrants have proof of legal identity and adequate "
                        + "documentation",
                lines.get(5).strip());
    }

    @Test
    void rdflibParsesEveryDumpAndDereferencesAnObjective() throws Exception {
        List<String> lines = run(E2E, List.of(PYTHON, "python/rdflib_dumps.py", base));
        String title = "Ensure that all migrants have proof of legal identity and adequate documentation";
        int objective4 = OBJECTIVE_4_TRIPLES;
        assertEquals(
                List.of(
                        "dump gcm.ttl " + TRIPLES + " triples",
                        "dump gcm.nt.gz " + TRIPLES + " triples",
                        "dump gcm.jsonld " + TRIPLES + " triples",
                        "dump gcm.trig " + TRIG_QUADS + " quads",
                        "parse(url) " + objective4 + " triples: " + title,
                        "text/turtle -> text/turtle " + objective4 + " triples: " + title,
                        "application/ld+json -> application/ld+json " + objective4 + " triples: " + title,
                        "application/n-triples -> application/n-triples " + objective4 + " triples: " + title,
                        "application/rdf+xml -> application/rdf+xml " + objective4 + " triples: " + title),
                lines);
    }

    // ---- Raptor

    @Test
    void rapperParsesTheTurtleNTriplesAndRdfXmlDumpsWithoutWarnings() throws Exception {
        Path nt = tmp.resolve("gcm.nt");
        Files.write(nt, gunzip(dump("gcm.nt.gz")));
        Path ttl = Files.write(tmp.resolve("gcm.ttl"), dump("gcm.ttl"));
        Path rdf = Files.write(tmp.resolve("gcm.rdf"), dump("gcm.rdf"));
        for (var file : Map.of(ttl, "turtle", nt, "ntriples", rdf, "rdfxml").entrySet()) {
            List<String> err = new ArrayList<>();
            run(
                    tmp,
                    List.of(
                            "rapper",
                            "--count",
                            "-i",
                            file.getValue(),
                            file.getKey().toString()),
                    err);
            assertEquals(
                    List.of(),
                    err.stream()
                            .filter(l -> l.contains("Warning") || l.contains("Error"))
                            .toList(),
                    file.getKey().getFileName() + ": " + err);
            assertEquals(
                    "rapper: Parsing returned " + TRIPLES + " triples",
                    err.get(err.size() - 1),
                    file.getKey().getFileName() + ": " + err);
        }
    }

    // ---- helpers

    /** Parses with Rio, strictly: unknown datatypes and languages, bad values and bad IRIs fail, warnings too. */
    private static Model rio(byte[] body, RDFFormat format, String what) throws IOException {
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(format);
        ParserConfig strict = parser.getParserConfig();
        strict.set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, true);
        strict.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
        strict.set(BasicParserSettings.NORMALIZE_DATATYPE_VALUES, false);
        strict.set(BasicParserSettings.FAIL_ON_UNKNOWN_LANGUAGES, true);
        strict.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true);
        strict.set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
        strict.set(BasicParserSettings.VERIFY_RELATIVE_URIS, true);
        ParseErrorCollector problems = new ParseErrorCollector();
        parser.setParseErrorListener(problems);
        Model model = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(model));
        parser.parse(new ByteArrayInputStream(body), base + "/");
        assertEquals(List.of(), problems.getWarnings(), what + ": warnings");
        assertEquals(List.of(), problems.getErrors(), what + ": errors");
        assertEquals(List.of(), problems.getFatalErrors(), what + ": fatal errors");
        return model;
    }

    private static Graph jena(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body))
                .lang(lang)
                .base(base + "/")
                .parse(graph);
        return graph;
    }

    private static Lang jenaLang(RDFFormat format) {
        return format == RDFFormat.JSONLD ? Lang.JSONLD : format == RDFFormat.RDFXML ? Lang.RDFXML : Lang.TURTLE;
    }

    /** Rio's statements as Jena triples (contexts dropped), to compare with Jena's isomorphism. */
    private static Graph toJena(Iterable<Statement> statements) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Statement s : statements) {
            graph.add(node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
        }
        return graph;
    }

    private static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode blank) {
            return NodeFactory.createBlankNode(blank.getID());
        }
        Literal literal = (Literal) value;
        return literal.getLanguage().isPresent()
                ? NodeFactory.createLiteralLang(
                        literal.getLabel(), literal.getLanguage().get())
                : NodeFactory.createLiteralDT(
                        literal.getLabel(),
                        org.apache.jena.datatypes.TypeMapper.getInstance()
                                .getSafeTypeByName(literal.getDatatype().stringValue()));
    }

    private static byte[] dump(String name) throws Exception {
        HttpResponse<byte[]> response = Http.getBytes(base + "/dumps/" + name);
        assertEquals(200, response.statusCode(), name);
        return response.body();
    }

    private static byte[] get(String url, String accept) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", accept)
                        .timeout(Http.TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url + " as " + accept);
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                url + " answered " + response.headers().firstValue("Content-Type") + " for " + accept);
        return response.body();
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    /** The lines a section "# NAME" of a client's output holds, up to the next section. */
    private static List<String> section(List<String> lines, String name) {
        int start = lines.indexOf("# " + name);
        assertTrue(start >= 0, "no section " + name + " in " + lines);
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("# ")) {
                break;
            }
            section.add(line);
        }
        return section;
    }

    private static List<String> run(Path directory, List<String> command) throws Exception {
        return run(directory, command, new ArrayList<>());
    }

    /**
     * Runs a client to its end (bounded), and returns its standard output's lines; its standard error's go to
     * {@code err}. A client that is not installed or fails fails the test, with what it said.
     */
    private static List<String> run(Path directory, List<String> command, List<String> err) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path errors = Files.createTempFile(tmp, "err", ".txt");
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(errors.toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError(
                    command.get(0) + " is not installed (src/test/e2e/install.sh installs it): " + e.getMessage(), e);
        }
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), String.join(" ", command) + " ended in time");
        err.addAll(Files.readAllLines(errors, StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + String.join("\n", err));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
