package org.gcmkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Whole processes the benchmarks time: commands run to their end under /usr/bin/time, and servers. */
final class Proc {
    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Proc() {}

    /** What a finished command cost. */
    record Run(int exit, double seconds, long maxRssKb, long peakHeapMb, Path log) {
        boolean ok() {
            return exit == 0;
        }
    }

    /**
     * Runs {@code command} (a java command when it starts with {@link #JAVA}, which then gets a GC log) under {@code
     * /usr/bin/time}, bounded by {@code timeoutSeconds}, its output into {@code log}.
     */
    static Run timed(Path log, long timeoutSeconds, List<String> command) {
        try {
            Path timeFile = Path.of(log + ".time");
            Path gcLog = Path.of(log + ".gc");
            Files.deleteIfExists(gcLog);
            List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timeFile.toString()));
            List<String> withGc = new ArrayList<>(command);
            if (withGc.get(0).equals(JAVA)) {
                withGc.add(1, "-Xlog:gc:file=" + gcLog);
            }
            full.addAll(withGc);
            Files.writeString(log, String.join(" ", command) + "\n");
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Run(-1, timeoutSeconds, 0, peakHeapMb(gcLog), log);
            }
            String[] time = Files.readAllLines(timeFile).stream()
                    .filter(l -> l.matches("[0-9.]+ [0-9]+"))
                    .findFirst()
                    .orElse("0 0")
                    .split(" ");
            return new Run(
                    process.exitValue(), Double.parseDouble(time[0]), Long.parseLong(time[1]), peakHeapMb(gcLog), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The most heap in use that the GC log shows (before a collection), in MB; 0 when there is no log. */
    static long peakHeapMb(Path gcLog) {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(gcLog)) {
            return lines.mapToLong(line -> {
                        Matcher m = GC_PAUSE.matcher(line);
                        long peak = 0;
                        while (m.find()) {
                            peak = Math.max(peak, Long.parseLong(m.group(1)));
                        }
                        return peak;
                    })
                    .max()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server (not waiting for it), its output into {@code log}. */
    static Process start(Path log, List<String> command) {
        try {
            Files.writeString(log, String.join(" ", command) + "\n");
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a server, SIGTERM first, and waits for it. */
    static void stop(Process server) {
        try {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The process's peak resident set size so far (VmHWM), in KB. */
    static long peakRssKb(Process process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits (bounded by {@code timeoutSeconds}, while the server lives) until {@code sparqlUrl} answers {@code query}
     * with 200, polling every 20 ms; returns the seconds since {@code startNanos}, or -1.
     */
    static double untilAnswered(Process server, String sparqlUrl, String query, long startNanos, long timeoutSeconds) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(sparqlUrl + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30))
                .build();
        long deadline = startNanos + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    /** The status of one SPARQL GET of {@code query}; -1 when it cannot connect. */
    static int status(String sparqlUrl, String query) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(sparqlUrl + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
