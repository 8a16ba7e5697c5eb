package org.gcmkg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to a test server over real HTTP, each with a bounded wait. */
final class Http {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept)
                .timeout(TIMEOUT)
                .GET()
                .build());
    }

    static HttpResponse<byte[]> getBytes(String url) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(), BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> query(String base, String sparql, String accept)
            throws IOException, InterruptedException {
        return get(base + "/gcm/sparql?query=" + encode(sparql), accept);
    }

    /** A query POSTed to {@code BASE/gcm/sparql} as {@code application/sparql-query}. */
    static HttpResponse<String> post(String base, String sparql, String accept)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/gcm/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", accept)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .build());
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, BodyHandlers.ofString());
    }

    /**
     * Jetty may close a connection after refusing a request whose body it did not read; a pooled connection would
     * then fail the next request, so such requests get a client of their own.
     */
    static HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
