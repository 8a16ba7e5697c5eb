package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GcmServerTest {

    private static final String EX = "http://example.org/gcm/";
    private static final String SELECT =
            "SELECT ?label WHERE { <" + EX + "objective1> <" + RDFS.label.getURI() + "> ?label }";
    private static final String INSERT = "INSERT DATA { <" + EX + "evil> <" + RDFS.label.getURI() + "> \"injected\" }";

    private static Dataset dataset;
    private static final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass(GcmServerTest::startServer);

    private static GcmServer startServer() {
        dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getDefaultModel();
            Resource objective = m.createResource(EX + "objective1");
            objective.addProperty(RDF.type, m.createResource(EX + "Objective"));
            objective.addProperty(RDFS.label, "Collect and utilize accurate data");
            objective.addProperty(m.createProperty(EX + "number"), m.createTypedLiteral(1));
        });
        return GcmServer.start(dataset, "127.0.0.1", 0);
    }

    @Test
    void picksAFreePort() {
        assertTrue(SERVER.server().port() > 0);
    }

    @Test
    void selectAsJson() throws Exception {
        HttpResponse<String> response = get(queryUrl("/gcm/sparql", SELECT), "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        JsonObject json = JSON.parse(response.body());
        assertEquals(
                "label",
                json.get("head")
                        .getAsObject()
                        .get("vars")
                        .getAsArray()
                        .get(0)
                        .getAsString()
                        .value());
        JsonArray bindings = json.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(1, bindings.size());
        JsonObject label = bindings.get(0).getAsObject().get("label").getAsObject();
        assertEquals("literal", label.get("type").getAsString().value());
        assertEquals(
                "Collect and utilize accurate data",
                label.get("value").getAsString().value());
    }

    @Test
    void selectAsCsv() throws Exception {
        HttpResponse<String> response = get(queryUrl("/gcm/sparql", SELECT), "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("label\r\nCollect and utilize accurate data\r\n", response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gcm/query", "/gcm"})
    void otherQueryUrls(String path) throws Exception {
        HttpResponse<String> response = get(queryUrl(path, SELECT), "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("label\r\nCollect and utilize accurate data\r\n", response.body());
    }

    @Test
    void queryByPost() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER.base() + "/gcm/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(BodyPublishers.ofString(SELECT))
                .build();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("label\r\nCollect and utilize accurate data\r\n", response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gcm/get?default", "/gcm/data?default"})
    void graphStoreRead(String path) throws Exception {
        HttpResponse<String> response = get(SERVER.base() + path, "application/n-triples");
        assertEquals(200, response.statusCode());
        assertEquals(3, response.body().lines().filter(l -> !l.isBlank()).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gcm/sparql", "/gcm", "/gcm/query", "/gcm/update", "/gcm/data"})
    void updateIsRefused(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER.base() + path))
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString(INSERT))
                .build();
        assertClientError(sendOnce(request));
        assertDataUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gcm/sparql", "/gcm"})
    void formUpdateIsRefused(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8)))
                .build();
        assertClientError(sendOnce(request));
        assertDataUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gcm/data?default", "/gcm?default", "/gcm/get?default"})
    void graphStoreWriteIsRefused(String path) throws Exception {
        String turtle = "<" + EX + "evil> <" + RDFS.label.getURI() + "> \"injected\" .";
        for (String method : new String[] {"PUT", "POST"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER.base() + path))
                    .header("Content-Type", "text/turtle")
                    .method(method, BodyPublishers.ofString(turtle))
                    .build();
            assertClientError(sendOnce(request));
        }
        HttpRequest delete = HttpRequest.newBuilder(URI.create(SERVER.base() + path))
                .DELETE()
                .build();
        assertClientError(sendOnce(delete));
        assertDataUnchanged();
    }

    @Test
    void queryEditorIsServedAndRootLeadsToIt() throws Exception {
        // Without a store there is no home page: / sends people to the editor.
        HttpResponse<String> root = get(SERVER.base() + "/", "text/html");
        assertEquals(302, root.statusCode());
        assertTrue(
                root.headers().firstValue("Location").orElse("").endsWith("/query"),
                root.headers().toString());
        HttpResponse<String> response = get(SERVER.base() + "/query", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<textarea id=\"query-text\" name=\"query\""), response.body());
        // The page's scripts and styles come from this server, not a CDN, and none is inline.
        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(response.body());
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertEquals(
                List.of(
                        "/assets/gcm.css",
                        "/assets/codemirror.css",
                        "/assets/codemirror.js",
                        "/assets/sparql.js",
                        "/assets/editor.js"),
                assets);
        for (String asset : assets) {
            assertEquals(200, get(SERVER.base() + asset, "*/*").statusCode(), asset);
        }
        assertTrue(!response.body().matches("(?s).*<script>.*|.*<style.*|.* style=.*"), "no inline script or style");
    }

    @Test
    void adminDatasetsIsRefused() throws Exception {
        int status = get(SERVER.base() + "/$/datasets", "application/json").statusCode();
        assertTrue(status == 404 || status == 403, "GET /$/datasets gave " + status);
        HttpRequest create = HttpRequest.newBuilder(URI.create(SERVER.base() + "/$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("dbName=other&dbType=mem"))
                .build();
        assertClientError(sendOnce(create));
        HttpRequest drop = HttpRequest.newBuilder(URI.create(SERVER.base() + "/$/datasets/gcm"))
                .DELETE()
                .build();
        assertClientError(sendOnce(drop));
        for (String path : new String[] {"/$/backup/gcm", "/$/compact/gcm", "/$/tasks", "/$/reload"}) {
            assertClientError(get(SERVER.base() + path, "application/json"));
        }
        assertDataUnchanged();
    }

    @Test
    void readOnlyAdminForTheUi() throws Exception {
        assertEquals(200, get(SERVER.base() + "/$/ping", "text/plain").statusCode());
        assertEquals(
                200, get(SERVER.base() + "/$/stats/gcm", "application/json").statusCode());
        HttpResponse<String> status = get(SERVER.base() + "/$/server", "application/json");
        assertEquals(200, status.statusCode());
        JsonObject ds =
                JSON.parse(status.body()).get("datasets").getAsArray().get(0).getAsObject();
        assertEquals("/gcm", ds.get("ds.name").getAsString().value());
        assertTrue(status.body().contains("\"sparql\""), status.body());
        assertTrue(!status.body().contains("\"update\""), status.body());

        HttpRequest post = HttpRequest.newBuilder(URI.create(SERVER.base() + "/$/server"))
                .POST(BodyPublishers.noBody())
                .build();
        assertEquals(405, sendOnce(post).statusCode());
    }

    @Test
    void corsPreflight() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER.base() + "/gcm/sparql"))
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, "preflight status " + response.statusCode());
        assertNotNull(
                response.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                response.headers().toString());
    }

    @Test
    void queryTimeoutApplies() throws Exception {
        try (GcmServer limited = GcmServer.start(dataset, new ServerOptions("127.0.0.1", 0, 1))) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(queryUrl("http://127.0.0.1:" + limited.port(), "/gcm/sparql", countOf10Pow(6))))
                    .GET()
                    .build();
            assertEquals(503, sendOnce(request).statusCode());
        }
    }

    @Test
    void stopLetsRunningQueryFinish() throws Exception {
        FunctionRegistry.get().put(Hold.URI, Hold.class);
        GcmServer other = GcmServer.start(dataset, "127.0.0.1", 0);
        HttpRequest request = HttpRequest.newBuilder(URI.create(queryUrl(
                        "http://127.0.0.1:" + other.port(),
                        "/gcm/sparql",
                        "SELECT (<" + Hold.URI + ">(1000) AS ?n) {}")))
                .header("Accept", "text/csv")
                .GET()
                .build();
        CompletableFuture<HttpResponse<String>> pending =
                HttpClient.newHttpClient().sendAsync(request, BodyHandlers.ofString());
        assertTrue(Hold.STARTED.await(30, TimeUnit.SECONDS), "the query reached the server");
        other.stop();
        HttpResponse<String> response = pending.get();
        assertEquals(200, response.statusCode());
        assertEquals("n\r\n1000\r\n", response.body());
    }

    /**
     * A SPARQL function that holds its query for the milliseconds it is given, and returns them: a query that is
     * surely running when the test stops the server, however busy the machine, without keeping a core busy.
     */
    public static final class Hold extends FunctionBase1 {
        static final String URI = "urn:gcm-test:hold";
        static final CountDownLatch STARTED = new CountDownLatch(1);

        @Override
        public NodeValue exec(NodeValue millis) {
            STARTED.countDown();
            try {
                Thread.sleep(millis.getInteger().longValueExact());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while holding the query", e);
            }
            return millis;
        }
    }

    /** A query that counts 10^k generated rows: slow without needing much data. */
    private static String countOf10Pow(int k) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < k; i++) {
            where.append("VALUES ?v").append(i).append(" { 1 2 3 4 5 6 7 8 9 10 } ");
        }
        return "SELECT (COUNT(*) AS ?n) { " + where + "}";
    }

    private static String queryUrl(String path, String query) {
        return queryUrl(SERVER.base(), path, query);
    }

    private static String queryUrl(String server, String path, String query) {
        return server + path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept)
                .GET()
                .build();
        return http.send(request, BodyHandlers.ofString());
    }

    /**
     * Jetty may close a connection after refusing a request whose body it did not read;
     * a pooled connection would then fail the next request, so these get their own client.
     */
    private static HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }

    private static void assertClientError(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(
                status >= 400 && status < 500,
                response.request().method() + " " + response.request().uri() + " gave " + status);
    }

    private static void assertDataUnchanged() {
        long size = Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size());
        assertEquals(3, size);
        assertTrue(Txn.calculateRead(dataset, () -> !dataset.listNames().hasNext()));
    }
}
