package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.PrebuiltStore;
import org.gcmkg.ServedJar;
import org.gcmkg.WebServerProcess;
import org.junit.jupiter.api.Test;

/**
 * The server beyond one machine, as docs/deploy.md runs it, on this one: {@code load} builds one generation of the
 * store once; two replicas (two server processes of the shaded jar) serve copies of it behind a real nginx that
 * balances between them and caches; every competency query of {@code queries/} is answered identically by both and
 * through the proxy, which keeps answering when one replica is stopped.
 */
class ReplicasIT {
    static final Path QUERIES = Path.of("queries");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoReplicasOfOneGenerationAnswerAlikeBehindACachingProxy() throws Exception {
        Path tmp = WebServerProcess.readableDirectory("gcm-replicas");
        List<ServedJar> replicas = new ArrayList<>();
        WebServerProcess nginx = null;
        try {
            // One generation, built once by load, copied to each replica.
            Path built = PrebuiltStore.copyTo(tmp.resolve("store-a"));
            Path copy = PrebuiltStore.copyTo(tmp.resolve("store-b"));

            List<String> bases = new ArrayList<>();
            List<Integer> ports = new ArrayList<>();
            List<JsonObject> health = new ArrayList<>();
            for (Path store : List.of(built, copy)) {
                ServedJar replica =
                        ServedJar.serve(tmp.resolve(store.getFileName() + ".log"), "--store", store.toString());
                replicas.add(replica);
                health.add(replica.health.get("store").getAsObject());
                bases.add(replica.base);
                ports.add(replica.port);
            }
            // Both serve the generation load built, neither rebuilt it.
            assertEquals(health.get(0), health.get(1));
            assertEquals("gen-1", health.get(0).get("generation").getAsString().value());

            nginx = WebServerProcess.nginx(Files.createDirectories(tmp.resolve("nginx")), ports);
            String proxy = "http://127.0.0.1:" + nginx.port();

            Map<String, String> answers = new LinkedHashMap<>();
            Set<String> upstreams = new TreeSet<>();
            for (Path file : queryFiles()) {
                String query = Files.readString(file);
                String name = file.getFileName().toString();
                HttpResponse<String> a = post(bases.get(0), query);
                HttpResponse<String> b = post(bases.get(1), query);
                assertEquals(200, a.statusCode(), name + ": " + a.body());
                assertEquals(a.body(), b.body(), name + " answered alike by both replicas");
                assertTrue(rows(a.body()) > 0, name + " has an answer");
                HttpResponse<String> proxied = post(proxy, query);
                assertEquals(200, proxied.statusCode(), name);
                assertEquals(a.body(), proxied.body(), name + " through the proxy");
                upstreams.add(proxied.headers().firstValue("X-Upstream").orElseThrow());
                answers.put(name, a.body());
            }
            assertEquals(27, answers.size());
            assertEquals(
                    Set.of("127.0.0.1:" + ports.get(0), "127.0.0.1:" + ports.get(1)),
                    upstreams,
                    "the proxy balances between the replicas");

            // GETs are cached, per URL and Accept header.
            String get = proxy + "/gcm/sparql?query=" + Http.encode(answersQuery());
            HttpResponse<String> first = get(get);
            HttpResponse<String> second = get(get);
            assertEquals("MISS", first.headers().firstValue("X-Cache").orElseThrow());
            assertEquals("HIT", second.headers().firstValue("X-Cache").orElseThrow());
            assertEquals(first.body(), second.body());

            // One replica stopped (as a rolling replacement does): the proxy keeps answering, every query alike.
            replicas.get(0).close();
            for (Path file : queryFiles()) {
                String name = file.getFileName().toString();
                HttpResponse<String> proxied = post(proxy, Files.readString(file));
                assertEquals(200, proxied.statusCode(), name + " with one replica stopped");
                assertEquals(answers.get(name), proxied.body(), name + " with one replica stopped");
            }
            HttpResponse<String> healthThroughProxy = get(proxy + "/health");
            assertEquals(200, healthThroughProxy.statusCode());
            assertEquals("127.0.0.1:" + ports.get(1), lastUpstream(healthThroughProxy));
        } finally {
            if (nginx != null) {
                nginx.close();
            }
            for (ServedJar replica : replicas) {
                if (replica.process.isAlive()) {
                    replica.close();
                }
            }
            WebServerProcess.delete(tmp);
        }
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static String answersQuery() throws IOException {
        return Files.readString(QUERIES.resolve("01-objective-sdg-targets.rq"));
    }

    private static HttpResponse<String> post(String base, String query) throws Exception {
        return Http.post(base, query, "application/sparql-results+json");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(String json) {
        return JSON.parse(json)
                .get("results")
                .getAsObject()
                .get("bindings")
                .getAsArray()
                .size();
    }

    /** The replica that answered at last: nginx lists every one it tried. */
    private static String lastUpstream(HttpResponse<String> response) {
        String[] tried =
                response.headers().firstValue("X-Upstream").orElseThrow().split(",\\s*");
        return tried[tried.length - 1];
    }
}
