package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.graph.Uris;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.store.StoredGraph;
import org.gcmkg.store.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL endpoint over the store built from the real corpus, over real HTTP: result formats, read-only, the
 * timeout, the result cap, the union default graph, text search and the SERVICE allow-list.
 */
class StoreEndpointTest {
    static final String TITLE_4 = "Ensure that all migrants have proof of legal identity and adequate documentation";
    static final String TITLE_QUERY =
            "SELECT ?title WHERE { <" + BookletUris.objective(4) + "> <http://purl.org/dc/terms/title> ?title }";
    static final long TIMEOUT_MILLIS = 2_000;
    static final long RESULT_LIMIT = 1_000;

    private static StoredGraph store;
    private static GcmServer server;
    private static GcmServer remote;
    private static HttpServer forbidden;
    private static final AtomicInteger forbiddenCalls = new AtomicInteger();
    private static String base;
    private static String remoteEndpoint;
    private static String forbiddenEndpoint;

    @BeforeAll
    static void start() throws Exception {
        store = TestStore.real();
        // Another SPARQL server, on the allow-list.
        Dataset other = DatasetFactory.createTxnMem();
        Txn.executeWrite(
                other,
                () -> other.getDefaultModel()
                        .createResource("http://example.org/elsewhere")
                        .addProperty(RDFS.label, "a resource of another endpoint"));
        remote = GcmServer.start(other, "127.0.0.1", 0);
        remoteEndpoint = "http://127.0.0.1:" + remote.port() + "/gcm/sparql";
        // A host not on the allow-list, which would answer if it were called.
        forbidden = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        forbidden.createContext("/", exchange -> {
            forbiddenCalls.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[{}]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        forbidden.start();
        forbiddenEndpoint = "http://127.0.0.1:" + forbidden.getAddress().getPort() + "/sparql";

        ServerOptions options =
                new ServerOptions("127.0.0.1", 0, TIMEOUT_MILLIS, RESULT_LIMIT, List.of(remoteEndpoint), null, null);
        server = GcmServer.builder(options).store(store, TestStore.CORPUS).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (remote != null) {
            remote.stop();
        }
        if (forbidden != null) {
            forbidden.stop(0);
        }
    }

    @Test
    void selectAnswersInJson() throws Exception {
        HttpResponse<String> response = Http.query(base, TITLE_QUERY, "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        JsonArray bindings = JSON.parse(response.body())
                .get("results")
                .getAsObject()
                .get("bindings")
                .getAsArray();
        assertEquals(1, bindings.size());
        JsonObject title = bindings.get(0).getAsObject().get("title").getAsObject();
        assertEquals(TITLE_4, title.get("value").getAsString().value());
        assertEquals("en", title.get("xml:lang").getAsString().value());
    }

    @Test
    void selectAnswersInXml() throws Exception {
        HttpResponse<String> response = Http.query(base, TITLE_QUERY, "application/sparql-results+xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<binding name=\"title\">"), response.body());
        assertTrue(response.body().contains("<literal xml:lang=\"en\">" + TITLE_4 + "</literal>"), response.body());
    }

    @Test
    void selectAnswersInCsvAndTsv() throws Exception {
        HttpResponse<String> csv = Http.query(base, TITLE_QUERY, "text/csv");
        assertEquals(200, csv.statusCode());
        assertEquals("title\r\n" + TITLE_4 + "\r\n", csv.body());
        HttpResponse<String> tsv = Http.query(base, TITLE_QUERY, "text/tab-separated-values");
        assertEquals(200, tsv.statusCode());
        assertEquals("?title\n\"" + TITLE_4 + "\"@en\n", tsv.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        String insert = "INSERT DATA { <" + BookletUris.objective(4) + "> <" + RDFS.label.getURI() + "> \"injected\" }";
        for (String path : List.of("/gcm/sparql", "/gcm", "/gcm/update")) {
            assertClientError(Http.sendOnce(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(BodyPublishers.ofString(insert))
                    .build()));
            assertClientError(Http.sendOnce(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("update=" + Http.encode(insert)))
                    .build()));
        }
        assertClientError(Http.sendOnce(HttpRequest.newBuilder(URI.create(base + "/gcm/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(BodyPublishers.ofString("<a:b> <a:c> <a:d> ."))
                .build()));
        HttpResponse<String> ask = Http.query(base, "ASK { ?s ?p \"injected\" }", "text/csv");
        assertEquals(200, ask.statusCode());
        assertEquals("_askResult\r\nfalse\r\n", ask.body());
    }

    @Test
    void adminDatasetsIsNotReachable() throws Exception {
        assertEquals(404, Http.get(base + "/$/datasets", "application/json").statusCode());
        assertClientError(Http.sendOnce(HttpRequest.newBuilder(URI.create(base + "/$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("dbName=other&dbType=mem"))
                .build()));
        assertClientError(Http.sendOnce(HttpRequest.newBuilder(URI.create(base + "/$/datasets/gcm"))
                .DELETE()
                .build()));
    }

    @Test
    void runawayQueryIsStoppedWhileAnotherClientIsAnswered() throws Exception {
        // Every triple with every pair of triples: some 10^12 rows, far more than the timeout allows.
        HttpRequest runaway = HttpRequest.newBuilder(URI.create(base + "/gcm/sparql?query="
                        + Http.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")))
                .header("Accept", "text/csv")
                .timeout(Http.TIMEOUT)
                .build();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> stopped =
                HttpClient.newHttpClient().sendAsync(runaway, BodyHandlers.ofString());
        Thread.sleep(300);
        HttpResponse<String> other = Http.query(base, TITLE_QUERY, "text/csv");
        assertFalse(stopped.isDone(), "the other query was answered while the runaway one was still running");
        assertEquals(200, other.statusCode());
        assertEquals("title\r\n" + TITLE_4 + "\r\n", other.body());

        HttpResponse<String> response = stopped.get(30, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(millis >= TIMEOUT_MILLIS && millis < TIMEOUT_MILLIS + 5_000, "stopped after " + millis + " ms");
    }

    @Test
    void resultsAreCapped() throws Exception {
        HttpResponse<String> all = Http.query(base, "SELECT ?s ?p ?o { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, all.statusCode());
        assertEquals(RESULT_LIMIT, rows(all));
        assertEquals(
                String.valueOf(RESULT_LIMIT),
                all.headers().firstValue(LimitedQuery.LIMIT_HEADER).orElse(null));
        HttpResponse<String> few =
                Http.query(base, "SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 3", "application/sparql-results+json");
        assertEquals(3, rows(few));
        assertTrue(few.headers().firstValue(LimitedQuery.LIMIT_HEADER).isEmpty());
        HttpResponse<String> construct =
                Http.query(base, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(RESULT_LIMIT, parse(construct.body(), Lang.NTRIPLES).size());
    }

    @Test
    void defaultGraphIsTheUnionAndEachDocumentANamedGraph() throws Exception {
        HttpResponse<String> count = Http.query(base, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        assertEquals("n\r\n" + store.info().triples() + "\r\n", count.body());
        HttpResponse<String> graphs = Http.query(base, "SELECT DISTINCT ?g { GRAPH ?g { } } ORDER BY ?g", "text/csv");
        assertTrue(graphs.body().contains(Uris.graph("gcm-implementation-booklet") + "\r\n"), graphs.body());
        assertTrue(graphs.body().contains("https://w3id.org/gcm/graph/ontology\r\n"), graphs.body());
        HttpResponse<String> inBooklet = Http.query(
                base,
                "SELECT ?title { GRAPH <"
                        + Uris.graph("gcm-implementation-booklet") + "> { <" + BookletUris.objective(4)
                        + "> <http://purl.org/dc/terms/title> ?title } }",
                "text/csv");
        assertEquals("title\r\n" + TITLE_4 + "\r\n", inBooklet.body());
    }

    @Test
    void graphStoreReadsTheUnionAsDefaultGraph() throws Exception {
        HttpResponse<String> union = Http.get(base + "/gcm/get?default", "application/n-triples");
        assertEquals(200, union.statusCode());
        assertEquals(store.info().triples(), parse(union.body(), Lang.NTRIPLES).size());
        String booklet = Uris.graph("gcm-implementation-booklet");
        HttpResponse<String> one = Http.get(base + "/gcm/get?graph=" + Http.encode(booklet), "application/n-triples");
        assertEquals(200, one.statusCode());
        HttpResponse<String> size =
                Http.query(base, "SELECT (COUNT(*) AS ?n) { GRAPH <" + booklet + "> { ?s ?p ?o } }", "text/csv");
        assertEquals(size.body(), "n\r\n" + parse(one.body(), Lang.NTRIPLES).size() + "\r\n");
    }

    @Test
    void graphStoreReadsTheWholeDatasetAsItsNamedGraphsEachTripleOnce() throws Exception {
        HttpResponse<String> all = Http.get(base + "/gcm/get", "application/n-quads");
        assertEquals(200, all.statusCode());
        Dataset dataset = DatasetFactory.create();
        RDFParser.fromString(all.body(), Lang.NQUADS).parse(dataset);
        // The stored default graph (the union) is not repeated: every quad is in the graph of its document.
        assertEquals(0, dataset.getDefaultModel().size());
        assertEquals(5, Iter.count(dataset.listNames()));
        assertEquals(store.info().triples(), dataset.getUnionModel().size());
        HttpResponse<String> quads = Http.query(base, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals(quads.body(), "n\r\n" + dataset.asDatasetGraph().stream().count() + "\r\n");
    }

    @Test
    void textQueryFindsTheMatriculaConsularExample() throws Exception {
        HttpResponse<String> response = Http.query(
                base,
                "PREFIX text: <http://jena.apache.org/text#> "
                        + "SELECT DISTINCT ?s { ?s text:query '\"matrícula consular\"' } ORDER BY ?s",
                "text/csv");
        assertEquals(200, response.statusCode());
        // The example (booklet line 289) and the footnote that cites the Matrícula Consular (line 315).
        assertEquals(
                "s\r\n" + BookletUris.citation("gcm-implementation-booklet", 17) + "\r\n" + BookletUris.example(4, 3)
                        + "\r\n",
                response.body());
    }

    @Test
    void serviceToAHostNotOnTheAllowListIsRefused() throws Exception {
        HttpResponse<String> named =
                Http.query(base, "SELECT * { SERVICE <" + forbiddenEndpoint + "> { ?s ?p ?o } }", "text/csv");
        assertEquals(403, named.statusCode(), named.body());
        assertTrue(named.body().contains("SERVICE <" + forbiddenEndpoint + "> is not allowed"), named.body());
        HttpResponse<String> computed = Http.query(
                base,
                "SELECT * { BIND(<" + forbiddenEndpoint + "> AS ?endpoint) " + "SERVICE ?endpoint { ?s ?p ?o } }",
                "text/csv");
        assertEquals(422, computed.statusCode(), computed.body());
        HttpResponse<String> silent = Http.query(
                base,
                "SELECT (COUNT(*) AS ?n) { BIND(<" + forbiddenEndpoint
                        + "> AS ?endpoint) SERVICE SILENT ?endpoint { ?s ?p ?o } }",
                "text/csv");
        assertEquals("n\r\n1\r\n", silent.body());
        assertEquals(0, forbiddenCalls.get(), "the forbidden host was never called");
    }

    @Test
    void serviceToAnAllowedEndpointIsCalled() throws Exception {
        HttpResponse<String> response = Http.query(
                base,
                "SELECT ?label { SERVICE <" + remoteEndpoint + "> { ?s <" + RDFS.label.getURI() + "> ?label } }",
                "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("label\r\na resource of another endpoint\r\n", response.body());
    }

    @Test
    void serviceToThisServersOwnDatasetIsAnsweredInProcess() throws Exception {
        for (String endpoint : List.of(base + "/gcm/sparql", "http://localhost:" + server.port() + "/gcm")) {
            HttpResponse<String> response = Http.query(
                    base,
                    "SELECT ?title { SERVICE <" + endpoint + "> { <" + BookletUris.objective(4)
                            + "> <http://purl.org/dc/terms/title> ?title } }",
                    "text/csv");
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("title\r\n" + TITLE_4 + "\r\n", response.body());
        }
    }

    private static long rows(HttpResponse<String> json) {
        return JSON.parse(json.body())
                .get("results")
                .getAsObject()
                .get("bindings")
                .getAsArray()
                .size();
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }

    private static void assertClientError(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(
                status >= 400 && status < 500,
                response.request().method() + " " + response.request().uri() + " gave " + status);
    }
}
