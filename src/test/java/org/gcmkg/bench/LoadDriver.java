package org.gcmkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load: {@code clients} threads, each with its own keep-alive connection, sending SPARQL GET
 * requests one after another for a warm-up and then a measured window. Repeated: every request is the same, and a
 * client sends back the {@code ETag} it was given ({@code If-None-Match}), as a polling portal does. Not repeated:
 * each request carries a comment of its own, so that neither a validator nor a result cache can answer it.
 */
final class LoadDriver {
    private static final AtomicLong NONCE = new AtomicLong();

    private LoadDriver() {}

    record Result(int clients, long requests, long notModified, long errors, double seconds, double[] latenciesMs) {
        double throughput() {
            return requests == 0 ? 0 : requests / seconds;
        }

        double percentile(double p) {
            return Stats.percentile(latenciesMs, p);
        }

        /** The answers of several runs with the same number of clients together, as if over their added times. */
        static Result pooled(List<Result> runs) {
            long requests = 0;
            long notModified = 0;
            long errors = 0;
            double seconds = 0;
            double[] latencies = new double[0];
            for (Result run : runs) {
                requests += run.requests;
                notModified += run.notModified;
                errors += run.errors;
                seconds += run.seconds;
                double[] both = java.util.Arrays.copyOf(latencies, latencies.length + run.latenciesMs.length);
                System.arraycopy(run.latenciesMs, 0, both, latencies.length, run.latenciesMs.length);
                latencies = both;
            }
            return new Result(runs.get(0).clients, requests, notModified, errors, seconds, Stats.sorted(latencies));
        }
    }

    /**
     * Runs the load: requests started in the warm-up are not counted; then the clients go on until the window has
     * passed and {@code minRequests} have been answered in all (so that a slow query still gets percentiles), or
     * until {@code maxSeconds} after the warm-up. Throughput is the answers counted over the time from the end of the
     * warm-up to the last of them.
     */
    static Result run(
            String sparqlUrl,
            String query,
            boolean repeated,
            int clients,
            double warmup,
            double window,
            int minRequests,
            double maxSeconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (window * 1e9);
        long hardEnd = measureFrom + (long) (maxSeconds * 1e9);
        AtomicLong answered = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong(measureFrom);
        List<double[]> perClient = new ArrayList<>();
        long[] notModified = new long[clients];
        long[] errors = new long[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int me = c;
            double[][] holder = new double[1][];
            perClient.add(null);
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                double[] lat = new double[1024];
                int n = 0;
                String etag = null;
                while (true) {
                    long t0 = System.nanoTime();
                    if ((t0 >= end && answered.get() >= minRequests) || t0 >= hardEnd) {
                        break;
                    }
                    String text = repeated ? query : query + "\n# request " + NONCE.incrementAndGet();
                    HttpRequest.Builder request = HttpRequest.newBuilder(
                                    URI.create(sparqlUrl + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json")
                            .timeout(Duration.ofSeconds(30));
                    if (repeated && etag != null) {
                        request.header("If-None-Match", etag);
                    }
                    int status;
                    try {
                        HttpResponse<Void> response =
                                http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                        status = response.statusCode();
                        if (repeated) {
                            etag = response.headers().firstValue("ETag").orElse(etag);
                        }
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    long t1 = System.nanoTime();
                    if (t0 < measureFrom) {
                        continue;
                    }
                    lastAnswer.accumulateAndGet(t1, Math::max);
                    if (status == 304) {
                        notModified[me]++;
                    } else if (status != 200) {
                        errors[me]++;
                        continue;
                    }
                    answered.incrementAndGet();
                    if (n == lat.length) {
                        lat = java.util.Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = (t1 - t0) / 1e6;
                }
                holder[0] = java.util.Arrays.copyOf(lat, n);
                synchronized (perClient) {
                    perClient.set(me, holder[0]);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = perClient.stream().mapToInt(a -> a.length).sum();
        double[] all = new double[total];
        int k = 0;
        for (double[] a : perClient) {
            System.arraycopy(a, 0, all, k, a.length);
            k += a.length;
        }
        long nm = 0;
        long err = 0;
        for (int c = 0; c < clients; c++) {
            nm += notModified[c];
            err += errors[c];
        }
        return new Result(clients, total, nm, err, (lastAnswer.get() - measureFrom) / 1e9, Stats.sorted(all));
    }
}
