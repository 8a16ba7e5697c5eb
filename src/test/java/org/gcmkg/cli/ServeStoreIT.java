package org.gcmkg.cli;

import static org.gcmkg.JarProcess.awaitLog;
import static org.gcmkg.JarProcess.freePort;
import static org.gcmkg.JarProcess.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.PrebuiltStore;
import org.gcmkg.ServedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent store as a user runs it, with the shaded jar in processes of their own: {@code load}, a restart served
 * from the store without rebuilding, and a rebuild killed half-way that leaves the previous store served.
 */
class ServeStoreIT {
    static final String TITLE_4 = "Ensure that all migrants have proof of legal identity and adequate documentation";

    @TempDir
    Path tmp;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("data/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return corpus;
    }

    private String titleOfObjective4(int port) throws Exception {
        String query = "SELECT ?t { <https://w3id.org/gcm/id/objective/4> <http://purl.org/dc/terms/title> ?t }";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/gcm/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String generation(JsonObject health) {
        return health.get("store").getAsObject().get("generation").getAsString().value();
    }

    private static String fingerprint(JsonObject health) {
        return health.get("store")
                .getAsObject()
                .get("fingerprint")
                .getAsString()
                .value();
    }

    @Test
    void restartsFromTheStoreAndSurvivesAKilledRebuild() throws Exception {
        Path corpus = corpus();

        // load builds the store without serving (the prebuilt store, which load built from data/corpus: the same
        // documents as this copy of them).
        assertTrue(
                PrebuiltStore.loadLog().contains(PrebuiltStore.store().resolve("gen-1") + ": built now, "),
                PrebuiltStore.loadLog());
        Path store = PrebuiltStore.copyTo(tmp.resolve("store"));

        // serve starts from it without rebuilding.
        Path serveLog = tmp.resolve("serve.log");
        Path requests = tmp.resolve("requests.log");
        String servedFingerprint;
        try (ServedJar server = ServedJar.serve(
                serveLog,
                "--corpus",
                corpus.toString(),
                "--store",
                store.toString(),
                "--request-log",
                requests.toString())) {
            assertEquals("gen-1", generation(server.health));
            servedFingerprint = fingerprint(server.health);
            assertEquals("t\r\n" + TITLE_4 + "\r\n", titleOfObjective4(server.port));
        }
        String log = Files.readString(serveLog);
        assertTrue(log.contains("gen-1 is up to date"), log);
        assertFalse(log.contains("building gen-"), log);
        assertFalse(log.contains("graph built"), "no extraction ran:\n" + log);
        assertTrue(Files.readString(requests).contains("\"GET /health HTTP/1.1\" 200 "), Files.readString(requests));

        // A changed corpus makes serve rebuild; killed half-way, it leaves gen-1 current and whole.
        Files.writeString(corpus.resolve("zz-note.txt"), "A note that no extractor reads.\n");
        Path killedLog = tmp.resolve("killed.log");
        Process rebuilding =
                ServedJar.start(killedLog, freePort(), "--corpus", corpus.toString(), "--store", store.toString());
        awaitLog(rebuilding, killedLog, "building gen-2");
        rebuilding.destroyForcibly();
        assertTrue(rebuilding.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.isDirectory(store.resolve("gen-2")), "killed while building gen-2");
        assertFalse(
                Files.exists(store.resolve("gen-2").resolve("store.properties")),
                "killed before gen-2 was complete:\n" + Files.readString(killedLog));
        assertEquals("gen-1", Files.readString(store.resolve("current")).strip());

        // With the corpus as it was, the old graph is served as it was, and the leftover is gone.
        Files.delete(corpus.resolve("zz-note.txt"));
        Path againLog = tmp.resolve("again.log");
        try (ServedJar again = ServedJar.serve(againLog, "--corpus", corpus.toString(), "--store", store.toString())) {
            assertEquals("gen-1", generation(again.health));
            assertEquals(servedFingerprint, fingerprint(again.health));
            assertEquals("t\r\n" + TITLE_4 + "\r\n", titleOfObjective4(again.port));
        }
        String againText = Files.readString(againLog);
        assertTrue(againText.contains("removed gen-2 (left by a build that did not finish)"), againText);
        assertTrue(againText.contains("gen-1 is up to date"), againText);
        assertFalse(Files.exists(store.resolve("gen-2")));
    }

    @Test
    void serveHelpListsEveryOption() throws Exception {
        Path log = tmp.resolve("help.log");
        Process help = start(log, "serve", "--help");
        assertTrue(help.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, help.exitValue());
        String text = Files.readString(log);
        for (String option : List.of(
                "--corpus",
                "--store",
                "--rebuild",
                "--port",
                "--host",
                "--timeout",
                "--max-results",
                "--allow-service",
                "--request-log",
                "--public-url")) {
            assertTrue(text.contains(option), option + " in:\n" + text);
        }
    }
}
