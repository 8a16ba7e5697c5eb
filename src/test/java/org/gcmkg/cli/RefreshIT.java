package org.gcmkg.cli;

import static org.gcmkg.JarProcess.awaitLog;
import static org.gcmkg.JarProcess.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gcmkg.PrebuiltStore;
import org.gcmkg.ServedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh of the store while the server is queried without pause: {@code load} in another process builds the next
 * generation beside the served one, the server switches to it, and not one request fails; a rebuild killed with
 * {@code kill -9} and one refused for a cut document leave the served generation served and whole.
 */
class RefreshIT {
    private static final String TITLE_4 = ServeStoreIT.TITLE_4;
    /**
     * Objective 4's title revised, keeping the words the objectives' lexicon quotes from it ("proof of legal identity
     * and adequate documentation"): a lexicon row whose words left the booklet refuses the build.
     */
    private static final String REVISED =
            "Ensure that every migrant has proof of legal identity and adequate documentation";

    private static final String BOOKLET = "gcm-implementation-booklet.txt";

    @TempDir
    Path tmp;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Clients querying the server without pause, counting answers and failures. */
    private final class Clients implements AutoCloseable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger answered = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicInteger> titles = new ConcurrentHashMap<>();
        final List<Thread> threads;

        Clients(int port, int count) {
            String base = "http://127.0.0.1:" + port;
            String query = "SELECT ?t { <https://w3id.org/gcm/id/objective/4> <http://purl.org/dc/terms/title> ?t }";
            List<URI> uris = List.of(
                    URI.create(base + "/gcm/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                    URI.create(base + "/id/objective/4"),
                    URI.create(base + "/search?q=legal+identity"),
                    URI.create(base + "/health"));
            threads = Stream.iterate(0, i -> i + 1)
                    .limit(count)
                    .map(i -> new Thread(() -> {
                        int k = i;
                        while (running.get()) {
                            URI uri = uris.get(k++ % uris.size());
                            try {
                                HttpResponse<String> response = http.send(
                                        HttpRequest.newBuilder(uri)
                                                .header("Accept", "text/csv, text/html;q=0.9")
                                                .timeout(Duration.ofSeconds(30))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() != 200) {
                                    failures.add(uri + ": " + response.statusCode() + " " + response.body());
                                } else {
                                    answered.incrementAndGet();
                                    if (uri.getPath().equals("/gcm/sparql")) {
                                        titles.computeIfAbsent(
                                                        response.body()
                                                                .lines()
                                                                .skip(1)
                                                                .findFirst()
                                                                .orElse(""),
                                                        t -> new AtomicInteger())
                                                .incrementAndGet();
                                    }
                                }
                            } catch (Exception e) {
                                failures.add(uri + ": " + e);
                            }
                        }
                    }))
                    .toList();
            threads.forEach(Thread::start);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(60_000);
            }
        }
    }

    private String title(int port) throws Exception {
        String query = "SELECT ?t { <https://w3id.org/gcm/id/objective/4> <http://purl.org/dc/terms/title> ?t }";
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/gcm/sparql?query="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                .header("Accept", "text/csv")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .lines()
                .skip(1)
                .findFirst()
                .orElse("");
    }

    private int load(Path corpus, Path store, String name) throws Exception {
        Path log = tmp.resolve(name + ".log");
        Process load = start(log, "load", "--corpus", corpus.toString(), "--store", store.toString());
        assertTrue(load.waitFor(180, TimeUnit.SECONDS), "load finished in time");
        return load.exitValue();
    }

    @Test
    void switchesToTheNextGenerationWithoutAFailedRequest() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("data/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        // gen-1: the store load built of data/corpus, whose documents the corpus here copies.
        Path store = PrebuiltStore.copyTo(tmp.resolve("store"));
        Path serveLog = tmp.resolve("serve.log");
        try (ServedJar server = ServedJar.serve(
                serveLog, "--corpus", corpus.toString(), "--store", store.toString(), "--watch-store", "200")) {
            int port = server.port;
            assertEquals(TITLE_4, title(port));
            Clients clients = new Clients(port, 4);
            try {
                // The next generation, from a revised booklet, built by load in another process.
                Path booklet = corpus.resolve(BOOKLET);
                String original = Files.readString(booklet);
                Files.writeString(booklet, original.replace(TITLE_4, REVISED));
                assertEquals(0, load(corpus, store, "load-2"));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!title(port).equals(REVISED) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(REVISED, title(port));
                awaitLog(server.process, serveLog, "gen-1 retired");
                long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (Files.exists(store.resolve("gen-1")) && System.nanoTime() < gone) {
                    Thread.sleep(100);
                }
                assertFalse(Files.exists(store.resolve("gen-1")), "the replaced generation is deleted");

                // A rebuild killed half-way: gen-2 stays served and whole.
                Files.writeString(booklet, original);
                Path killedLog = tmp.resolve("killed.log");
                Process killed = start(killedLog, "load", "--corpus", corpus.toString(), "--store", store.toString());
                awaitLog(killed, killedLog, "building gen-3");
                killed.destroyForcibly();
                assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
                // A rebuild refused: the booklet cut short.
                List<String> lines = Files.readAllLines(booklet);
                Files.write(booklet, lines.subList(0, 700));
                assertEquals(2, load(corpus, store, "load-cut"));
                Thread.sleep(1000);
                assertEquals("gen-2", Files.readString(store.resolve("current")).strip());
                assertEquals(REVISED, title(port));
            } finally {
                clients.close();
            }
            assertEquals(List.of(), List.copyOf(clients.failures), "failed requests");
            assertTrue(clients.answered.get() > 100, "answered " + clients.answered.get());
            assertEquals(java.util.Set.of(TITLE_4, REVISED), clients.titles.keySet());
            System.out.printf(
                    "RefreshIT: %d requests answered during the refresh, none failed; titles seen %s%n",
                    clients.answered.get(), clients.titles);
        }
    }
}
