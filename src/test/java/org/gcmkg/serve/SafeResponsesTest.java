package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every response carries the security headers; errors carry no stack trace or path; request sizes are capped. */
class SafeResponsesTest {
    private static final String NOSNIFF = "nosniff";
    private static final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass(SafeResponsesTest::startServer);

    private static GcmServer startServer() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getDefaultModel();
            m.createResource("http://example.org/a").addProperty(RDFS.label, "a");
        });
        Limits limits = new Limits(4, 2, 1, 500, 4096, 8192);
        return GcmServer.builder(new ServerOptions("127.0.0.1", 0))
                .limits(limits)
                .dataset(GcmServer.DATASET_PATH, dataset.asDatasetGraph())
                .start();
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(SERVER.base() + "/gcm/sparql"))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVER.base() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSafe(HttpResponse<String> response, String policy) {
        assertEquals(
                NOSNIFF,
                response.headers().firstValue("X-Content-Type-Options").orElse(null),
                response.uri().toString());
        assertEquals(
                SecurityHeaders.REFERRER_POLICY,
                response.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals(
                policy, response.headers().firstValue("Content-Security-Policy").orElse(null));
        assertFalse(response.body().contains("\tat ") || response.body().contains("at org."), response.body());
        assertFalse(response.body().contains(Path.of("").toAbsolutePath().toString()), response.body());
    }

    @Test
    void pagesDataAndErrorsCarryTheHeaders() throws Exception {
        String select = URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8);
        List<Object[]> cases = List.of(
                new Object[] {"/", 302, SecurityHeaders.POLICY},
                new Object[] {"/query", 200, SecurityHeaders.POLICY},
                new Object[] {"/assets/editor.js", 200, SecurityHeaders.POLICY},
                new Object[] {"/gcm/sparql?query=" + select, 200, SecurityHeaders.POLICY},
                new Object[] {"/health", 200, SecurityHeaders.POLICY},
                new Object[] {"/no/such/page", 404, SecurityHeaders.POLICY},
                new Object[] {"/gcm/sparql?query=SELEKT", 400, SecurityHeaders.POLICY},
                new Object[] {"/$/datasets", 404, SecurityHeaders.POLICY});
        for (Object[] c : cases) {
            HttpResponse<String> response = get((String) c[0]);
            assertEquals(c[1], response.statusCode(), (String) c[0]);
            assertSafe(response, (String) c[2]);
        }
        String policy = SecurityHeaders.POLICY;
        assertTrue(
                policy.contains("script-src 'self';")
                        && policy.contains("frame-ancestors 'none'")
                        && !policy.contains("unsafe"),
                policy);
    }

    @Test
    void anErrorShowsNoPathOfTheServer() throws Exception {
        HttpResponse<String> response =
                get("/gcm/get?graph=" + URLEncoder.encode("file:///etc/passwd", StandardCharsets.UTF_8));
        assertEquals(404, response.statusCode());
        assertSafe(response, SecurityHeaders.POLICY);
        assertFalse(response.body().contains("/etc/passwd"), response.body());
        assertTrue(response.body().contains("[file]"), response.body());
    }

    @Test
    void oversizedRequestsAreRefusedByJettyWithTheHeaders() throws Exception {
        // Request line and headers over 4096 bytes: 431; a query string alone that long: 414.
        HttpResponse<String> headers = get("/gcm/sparql?query=ASK%7B%7D", "X-Padding", "x".repeat(5000));
        assertEquals(431, headers.statusCode());
        assertSafe(headers, SecurityHeaders.POLICY);
        HttpResponse<String> uri = get("/gcm/sparql?query=" + "%20".repeat(2000) + "ASK%7B%7D");
        assertEquals(414, uri.statusCode());
        assertSafe(uri, SecurityHeaders.POLICY);
        // A body over 8192 bytes: 413.
        HttpResponse<String> body = post("application/sparql-query", "ASK {}" + " ".repeat(10_000));
        assertEquals(413, body.statusCode());
        assertSafe(body, SecurityHeaders.POLICY);
        // A form over 8192 bytes too.
        HttpResponse<String> form = post("application/x-www-form-urlencoded", "query=ASK%7B%7D" + "&k=v".repeat(3000));
        assertEquals(413, form.statusCode(), form.body());
        assertSafe(form, SecurityHeaders.POLICY);
    }
}
