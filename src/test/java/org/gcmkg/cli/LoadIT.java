package org.gcmkg.cli;

import static org.gcmkg.cli.AddressedClient.sparql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gcmkg.ServedJar;
import org.gcmkg.cli.AddressedClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 32 clients, each from its own loopback address, running the {@code queries/} set without pause for 4 rounds of 12 s
 * with the server's default limits on concurrency: no request fails, and the server's heap after a full GC does not
 * grow from round to round.
 */
class LoadIT {
    // A query of the set that takes 20 ms alone gets a sixteenth of two shared cores here: 30 s, not 5, for the
    // timeout, so that this test measures the fair share and the heap rather than the machine's load.
    @RegisterExtension
    static final ServedJar.ForClass SERVER = new ServedJar.ForClass(dir -> ServedJar.servePrebuiltIn(
            dir,
            "--timeout",
            "30000",
            "--request-log",
            dir.resolve("requests.log").toString()));

    @Test
    void thirtyTwoClientsOverTheQuerySetGetNoErrorAndTheHeapDoesNotGrow() throws Exception {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(sparql(
                        org.gcmkg.graph.Queries.parse(Files.readString(file)).serialize()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Long> heap = new ArrayList<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        try {
            heap.add(heapAfterGc());
            for (int round = 1; round <= 4; round++) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < 32; c++) {
                    String from = "127.0.1." + (c + 1);
                    int first = c;
                    clients.add(pool.submit(() -> {
                        for (int k = first; System.nanoTime() < end; k++) {
                            try {
                                Answer answer =
                                        AddressedClient.get(SERVER.get().port, from, queries.get(k % queries.size()));
                                if (answer.status() == 200) {
                                    answered.incrementAndGet();
                                } else {
                                    failures.add(answer.status() + " " + answer.body());
                                }
                            } catch (IOException e) {
                                failures.add(e.toString());
                            }
                        }
                    }));
                }
                for (Future<?> client : clients) {
                    client.get(120, TimeUnit.SECONDS);
                }
                heap.add(heapAfterGc());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "LoadIT: 32 clients, 4 rounds of 12 s, %d queries answered, %d failed; heap used after "
                        + "GC before and after each round (KB): %s%n",
                answered.get(), failures.size(), heap);
        assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())));
        assertTrue(answered.get() > 32 * 4, "answered " + answered.get());
        // No growth across rounds: the heap after the last round is within 10% (or 16 MB) of that after the first.
        long first = heap.get(1);
        long last = heap.get(heap.size() - 1);
        assertTrue(last <= Math.max(first * 11 / 10, first + 16 * 1024), "heap after GC per round (KB): " + heap);
    }

    /** The server's used heap in KB after a full GC, through jcmd. */
    static long heapAfterGc() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(info);
        assertTrue(used.find(), info);
        return Long.parseLong(used.group(1));
    }

    static String jcmd(String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(
                        jcmd.toString(), Long.toString(SERVER.get().process.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
