package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.graph.Uris;
import org.gcmkg.store.StoredGraph;
import org.gcmkg.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** ETags, {@code 304 Not Modified} and the result cache, on the store of the real corpus over real HTTP. */
class ConditionalAnswersTest {
    static final String CSV = "text/csv";
    static final String TITLE = StoreEndpointTest.TITLE_QUERY;

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass(
            () -> GcmServer.builder(new ServerOptions("127.0.0.1", 0, 5_000, 1_000, java.util.List.of(), null, null))
                    .store(TestStore.real(), TestStore.CORPUS)
                    .start());

    @TempDir
    Path tmp;

    private static HttpResponse<String> get(String path, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVER.base() + path))
                .header("Accept", accept)
                .timeout(Http.TIMEOUT);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return Http.send(request.GET().build());
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElse(null);
    }

    @Test
    void queryAnswerIsValidatedAndRevalidatesWith304() throws Exception {
        String path = "/gcm/sparql?query=" + Http.encode(TITLE);
        HttpResponse<String> first = get(path, CSV, null);
        assertEquals(200, first.statusCode());
        assertEquals("title\r\n" + StoreEndpointTest.TITLE_4 + "\r\n", first.body());
        String tag = etag(first);
        assertTrue(tag != null && tag.startsWith("W/\""), String.valueOf(tag));
        assertEquals(
                ConditionalAnswers.CACHE_CONTROL,
                first.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(first.headers().firstValue("Pragma").isEmpty());

        HttpResponse<String> again = get(path, CSV, tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag, etag(again));
        assertTrue(
                again.headers().allValues("Vary").contains("Accept"),
                again.headers().toString());
        // Another tag, or several of which one matches.
        assertEquals(200, get(path, CSV, "W/\"other\"").statusCode());
        assertEquals(304, get(path, CSV, "\"other\", " + tag).statusCode());

        // Another result format is another representation.
        HttpResponse<String> json = get(path, "application/sparql-results+json", null);
        assertEquals(200, json.statusCode());
        assertNotEquals(tag, etag(json));
        assertEquals(200, get(path, "application/sparql-results+json", tag).statusCode());
    }

    @Test
    void keptAnswerIsReplayedWithItsHeaders() throws Exception {
        String path = "/gcm/sparql?query="
                + Http.encode("SELECT ?objective WHERE { ?objective a <https://w3id.org/gcm/ontology#Objective> }");
        HttpResponse<String> computed = get(path, CSV, null);
        HttpResponse<String> replayed = get(path, CSV, null);
        assertEquals(200, replayed.statusCode());
        assertEquals(computed.body(), replayed.body());
        // 23 objectives, one a line after the header.
        assertEquals(24, replayed.body().split("\r\n").length);
        assertEquals(
                "1000", replayed.headers().firstValue(LimitedQuery.LIMIT_HEADER).orElse(""));
        assertEquals(
                computed.headers().firstValue("Content-Type"),
                replayed.headers().firstValue("Content-Type"));
        assertEquals(etag(computed), etag(replayed));
    }

    @Test
    void errorsCarryNoValidator() throws Exception {
        HttpResponse<String> bad = get("/gcm/sparql?query=" + Http.encode("SELECT WHERE {"), CSV, null);
        assertEquals(400, bad.statusCode());
        assertTrue(etag(bad) == null, String.valueOf(etag(bad)));
        assertFalse(bad.headers().firstValue("Cache-Control").orElse("").contains("public"));
        HttpResponse<String> missing = get("/id/objective/99", "text/html", null);
        assertEquals(404, missing.statusCode());
        assertTrue(etag(missing) == null);
    }

    @Test
    void pagesAndDumpsRevalidateWith304() throws Exception {
        for (String path : java.util.List.of("/id/objective/4", "/dumps/gcm.ttl", "/.well-known/void")) {
            HttpResponse<String> page = get(path, "text/html", null);
            assertEquals(200, page.statusCode(), path);
            String tag = etag(page);
            assertTrue(tag != null, path);
            HttpResponse<String> again = get(path, "text/html", tag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
        }
        // The health report is live: never validated.
        assertTrue(etag(get("/health", "application/json", null)) == null);
    }

    @Test
    void corsExposesTheValidator() throws Exception {
        HttpResponse<String> response =
                Http.send(HttpRequest.newBuilder(URI.create(SERVER.base() + "/gcm/sparql?query=" + Http.encode(TITLE)))
                        .header("Accept", CSV)
                        .header("Origin", "https://example.org")
                        .timeout(Http.TIMEOUT)
                        .GET()
                        .build());
        assertEquals(200, response.statusCode());
        String exposed = response.headers()
                .firstValue("Access-Control-Expose-Headers")
                .orElse("")
                .toLowerCase(java.util.Locale.ROOT);
        assertTrue(exposed.contains("etag"), exposed);
    }

    /** Per document, one labelled resource whose label is the document's text. */
    private static Dataset labels(Corpus corpus) {
        Dataset dataset = DatasetFactory.createTxnMem();
        corpus.documents().forEach(source -> {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(Uris.source(source.stem()))
                    .addProperty(RDFS.label, source.content().strip());
            dataset.addNamedModel(Uris.graph(source.stem()), m);
        });
        return dataset;
    }

    @Test
    void nextGenerationNeverGetsTheAnswersOrTagsOfThePrevious() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path storeDir = tmp.resolve("store");
        Files.writeString(corpus.resolve("a.txt"), "first\n");
        StoredGraph first = TestStore.newGeneration(storeDir, ConditionalAnswersTest::labels, Corpus.open(corpus));
        String query = "/gcm/sparql?query=" + Http.encode("SELECT ?l { <" + Uris.source("a") + "> ?p ?l }");
        try (GcmServer server = GcmServer.builder(new ServerOptions("127.0.0.1", 0))
                .store(first, corpus)
                .start()) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> before = Http.get(base + query, CSV);
            assertEquals("l\r\nfirst\r\n", before.body());
            assertEquals(before.body(), Http.get(base + query, CSV).body());

            Files.writeString(corpus.resolve("a.txt"), "second\n");
            StoredGraph second = TestStore.newGeneration(storeDir, ConditionalAnswersTest::labels, Corpus.open(corpus));
            server.serve(second, retired -> {});
            HttpResponse<String> after = Http.send(HttpRequest.newBuilder(URI.create(base + query))
                    .header("Accept", CSV)
                    .header("If-None-Match", etag(before))
                    .timeout(Http.TIMEOUT)
                    .GET()
                    .build());
            assertEquals(200, after.statusCode());
            assertEquals("l\r\nsecond\r\n", after.body());
            assertNotEquals(etag(before), etag(after));
        } finally {
            // The server closed the first generation when it retired; closing twice does nothing.
            first.close();
        }
    }
}
