package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.gcmkg.ServedJar;
import org.gcmkg.WebServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server published as the linked-data world expects, end to end with the shaded jar (the server the ITs share):
 * Comunica finds its SPARQL endpoint by the service description alone; the w3id.org rules of {@code docs/w3id/},
 * run by a real Apache httpd in front of the server, send each IRI to the representation asked for.
 */
class PublishingIT {
    static final Path E2E = Path.of("src/test/e2e");
    static final String TITLE_4 = StoreEndpointTest.TITLE_4;
    /** The line of {@code docs/w3id/.htaccess} that sets the deployed server's URL. */
    static final String SERVER_SETTING = "[E=GCM_SERVER:";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** README's serve, whose vocabularies are those of data/vocab. */
    @RegisterExtension
    static final ServedJar.Shared SERVER = new ServedJar.Shared();

    private static Path tmp;
    private static String base;
    private static WebServerProcess apache;
    private static String w3id;

    @BeforeAll
    static void start() throws Exception {
        tmp = WebServerProcess.readableDirectory("gcm-publishing");
        base = SERVER.get().base;

        // w3id.org's layout: the rules of the space /gcm/ in htdocs/gcm/.htaccess, the server's URL set to this one.
        Path space = Files.createDirectories(tmp.resolve("htdocs/gcm"));
        List<String> rules = Files.readAllLines(Path.of("docs/w3id/.htaccess"));
        assertEquals(
                1,
                rules.stream().filter(l -> l.contains(SERVER_SETTING)).count(),
                "one line of docs/w3id/.htaccess sets the server's URL");
        List<String> local = new ArrayList<>();
        for (String line : rules) {
            local.add(
                    line.contains(SERVER_SETTING)
                            ? line.replaceAll("E=GCM_SERVER:[^\\]]+", "E=GCM_SERVER:" + base)
                            : line);
        }
        Files.write(space.resolve(".htaccess"), local);
        apache = WebServerProcess.apache(Files.createDirectories(tmp.resolve("apache")), tmp.resolve("htdocs"));
        w3id = "http://127.0.0.1:" + apache.port() + "/gcm/";
    }

    @AfterAll
    static void stop() throws Exception {
        if (apache != null) {
            apache.close();
        }
        WebServerProcess.delete(tmp);
    }

    // ---------------------------------------------------------------------------------------------
    // Comunica
    // ---------------------------------------------------------------------------------------------

    /** Runs the Comunica script on {@code source} (no type hint) and a query file; its output lines. */
    private static List<String> comunica(String source, String queryFile) throws Exception {
        Path out = tmp.resolve("comunica.out");
        Process node = new ProcessBuilder(
                        "node",
                        "comunica/service-description.js",
                        source,
                        Path.of("queries", queryFile).toAbsolutePath().toString())
                .directory(E2E.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "comunica finished");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, node.exitValue(), output);
        return output.lines().toList();
    }

    /** The code and goal of each SDG target objective 4 serves, as Comunica answered query 01. */
    private static List<String> targetsOfObjective4(List<String> rows) {
        return rows.stream()
                .map(r -> r.split(" \\| "))
                .map(r -> r[1] + " " + r[2])
                .toList();
    }

    @Test
    void comunicaRecognisesTheEndpointByItsServiceDescriptionAndAnswersACompetencyQuery() throws Exception {
        List<String> lines = comunica(base + "/gcm/sparql", "01-objective-sdg-targets.rq");
        assertEquals("identified sparql " + base + "/gcm/sparql service " + base + "/gcm/sparql", lines.get(0));
        List<String> rows = lines.subList(1, lines.size());
        assertEquals(
                List.of(
                        "1.3 http://metadata.un.org/sdg/1",
                        "10.7 http://metadata.un.org/sdg/10",
                        "16.9 http://metadata.un.org/sdg/16",
                        "17.18 http://metadata.un.org/sdg/17"),
                targetsOfObjective4(rows));
        assertTrue(
                rows.get(1)
                        .startsWith("http://metadata.un.org/sdg/10.7 | 10.7 | http://metadata.un.org/sdg/10 | "
                                + "Facilitate orderly, safe, regular and responsible migration and mobility of people"),
                rows.get(1));
    }

    /**
     * Comunica also takes a URL for a SPARQL endpoint when it ends in /sparql; /gcm/query does not, and the server
     * sends no Server header, so there only the description tells. A document without one is read as a file.
     */
    @Test
    void theDescriptionAloneTellsComunicaWhatIsAnEndpoint() throws Exception {
        List<String> lines = comunica(base + "/gcm/query", "02-objectives-serving-target-10-7.rq");
        assertEquals("identified sparql " + base + "/gcm/query service " + base + "/gcm/query", lines.get(0));
        List<String> objectives = lines.subList(1, lines.size()).stream()
                .map(r -> r.split(" \\| ")[1])
                .toList();
        // The objectives whose SDG targets include 10.7, as the graph has them (the query command answers the same).
        assertEquals(
                List.of("1", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "16", "17", "18", "21", "22"),
                objectives);

        assertEquals(
                List.of("identified file " + base + "/.well-known/void"),
                comunica(base + "/.well-known/void", "02-objectives-serving-target-10-7.rq"));
    }

    @Test
    void theVocabularyEndpointDescribesItselfToo() throws Exception {
        HttpResponse<String> response = get(base + "/sdg/sparql", "text/turtle");
        assertEquals(200, response.statusCode());
        Model m = parse(response.body(), Lang.TURTLE);
        Resource service = m.getResource(base + "/sdg/sparql");
        assertTrue(service.hasProperty(RDF.type, m.getResource(ServiceDescription.SD + "Service")));
        Resource dataset = service.getRequiredProperty(m.getProperty(ServiceDescription.SD + "defaultDataset"))
                .getResource();
        assertTrue(dataset.isAnon(), "only /gcm has a VoID description");
        assertFalse(dataset.hasProperty(m.getProperty(ServiceDescription.SD + "namedGraph")));
        long triples = dataset.getRequiredProperty(m.getProperty(ServiceDescription.SD + "defaultGraph"))
                .getResource()
                .getRequiredProperty(VOID.triples)
                .getLong();
        assertEquals(Health.triples(SERVER.get().health, "/sdg"), triples);
        assertEquals(18972, triples);
        assertFalse(
                service.hasProperty(m.getProperty(ServiceDescription.SD + "extensionFunction")),
                "no text index on /sdg");
    }

    // ---------------------------------------------------------------------------------------------
    // w3id.org rules behind Apache httpd
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text/turtle | id/objective/4 | 200 | text/turtle | "
                        + "Ensure that all migrants have proof of legal identity",
                "application/ld+json | id/objective/4 | 200 | application/ld+json | Ensure that all migrants have proof of legal",
                "text/html,application/xhtml+xml,*/*;q=0.8 | id/objective/4 | 200 | text/html | Ensure that all migrants have",
                "text/turtle | ontology | 200 | text/turtle | owl:versionIRI <https://w3id.org/gcm/ontology/0.1.0>",
                "application/ld+json | ontology | 200 | application/ld+json | https://w3id.org/gcm/ontology/0.1.0",
                "text/html | ontology | 200 | text/html | Example of implementation",
                "text/turtle | ontology/0.1.0 | 200 | text/turtle | owl:versionIRI <https://w3id.org/gcm/ontology/0.1.0>",
                "application/ld+json | ontology/0.1.0 | 200 | application/ld+json | https://w3id.org/gcm/ontology/0.1.0",
                "text/html | ontology/0.1.0 | 200 | text/html | Example of implementation",
                "text/turtle | ontology/0.0.9 | 404 | text/plain | No such version of the ontology",
                "text/turtle | id/objective/99 | 404 | text/plain | ",
                "application/ld+json | id/objective/99 | 404 | text/plain | ",
                "text/html | id/objective/99 | 404 | text/html | ",
                "text/turtle | graph/gcm-implementation-booklet | 200 | text/turtle | " + TITLE_4,
                "application/ld+json | graph/gcm-implementation-booklet | 200 | application/ld+json | " + TITLE_4,
                "text/html | graph/gcm-implementation-booklet | 200 | text/html | gcm-implementation-booklet.txt",
                "text/turtle | graph/ontology | 200 | text/turtle | owl:versionIRI <https://w3id.org/gcm/ontology/0.1.0>",
            })
    void w3idRedirectsEachIriToTheRepresentationAskedFor(
            String accept, String path, int status, String type, String text) throws Exception {
        HttpResponse<String> redirect = get(w3id + path, accept);
        assertEquals(303, redirect.statusCode(), path);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(base + "/"), location);

        HttpResponse<String> answer = get(location, accept);
        assertEquals(status, answer.statusCode(), location);
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith(type),
                location + ": " + answer.headers().firstValue("Content-Type"));
        if (text != null) {
            assertTrue(answer.body().contains(text), location + " holds " + text);
        }
        if (status == 200 && type.equals("text/turtle")) {
            parse(answer.body(), Lang.TURTLE);
        } else if (status == 200 && type.equals("application/ld+json")) {
            parse(answer.body(), Lang.JSONLD);
        }
    }

    @Test
    void w3idGivesTheGraphOfObjective4InRdf() throws Exception {
        HttpResponse<String> redirect = get(w3id + "id/objective/4", "application/ld+json");
        Model m = parse(
                get(redirect.headers().firstValue("Location").orElseThrow(), "application/ld+json")
                        .body(),
                Lang.JSONLD);
        assertEquals(
                TITLE_4,
                m.getResource("https://w3id.org/gcm/id/objective/4")
                        .getRequiredProperty(DCTerms.title)
                        .getString());
    }

    @Test
    void pathsOutsideTheSpaceAreNotRedirected() throws Exception {
        assertEquals(404, get(w3id + "nothing/here", "text/turtle").statusCode());
        HttpResponse<String> home = get(w3id, "text/html");
        assertEquals(303, home.statusCode());
        assertEquals(base + "/", home.headers().firstValue("Location").orElseThrow());
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base(base).parse(m);
        return m;
    }
}
