package org.gcmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** The shaded jar run as a user runs it, in a process of its own, for the integration tests. */
public final class JarProcess {
    /** The jar beside the test classes: {@code target/gcm-kg.jar}, or in the build directory given to Maven. */
    public static final Path JAR = Path.of(JarProcess.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath())
            .getParent()
            .resolve("gcm-kg.jar");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private JarProcess() {}

    /** Starts {@code java -jar gcm-kg.jar ARGS}, its output and errors going to {@code log}. */
    public static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits (bounded) for the server at {@code base} to answer /health, and returns the answer. */
    public static JsonObject awaitHealth(Process server, String base, Path log) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                return JSON.parse(response.body());
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("server did not answer /health; log:\n" + Files.readString(log));
    }

    /** Waits (bounded, while the process lives) for {@code text} to appear in {@code log}. */
    public static void awaitLog(Process process, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + text + "' in the log:\n" + Files.readString(log));
    }

    /** Stops a server as SIGTERM does, and checks it shuts down in time. */
    public static void stop(Process server) throws InterruptedException {
        server.destroy();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "server stopped on SIGTERM");
    }
}
