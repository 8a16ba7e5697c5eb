package org.gcmkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Caps the queries running at once, per client address and in total. A query beyond a cap waits briefly for a
 * slot, then is answered {@code 503} with {@code Retry-After}. The last slots are kept for clients that have no query
 * running, so that clients running several at once (runaway queries, say) cannot make a newcomer wait: each
 * client's first query gets a slot while fewer than {@code maxQueries} run, its further ones only while fewer than
 * {@code maxQueries - reservedForNewcomers} do. Static files, {@code /health} and the admin status pages are not
 * queries and pass.
 */
public final class FairShare extends SelectiveFilter {
    private final Limits limits;
    private final Map<String, Integer> running = new HashMap<>();
    private int total;

    public FairShare(Limits limits) {
        this.limits = limits;
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request.getRemoteAddr();
        boolean admitted;
        try {
            admitted = admit(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(
                    "Retry-After",
                    Long.toString(Math.max(1, TimeUnit.MILLISECONDS.toSeconds(limits.queueWaitMillis()) + 1)));
            response.sendError(
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "too many queries at once (at most " + limits.maxQueriesPerClient() + " per client, "
                            + limits.maxQueries() + " in all); retry later");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            release(client);
        }
    }

    /** Whether the request is a query: static files, health and the UI's status calls are served whatever the load. */
    @Override
    boolean handles(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/")
                || path.equals("/index.html")
                || path.equals("/favicon.ico")
                || path.startsWith("/static/")
                || path.startsWith("/assets/")
                || path.equals("/health")
                || path.startsWith("/$/")
                || "OPTIONS".equals(request.getMethod()));
    }

    private synchronized boolean admit(String client) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.queueWaitMillis());
        while (!free(client)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        total++;
        running.merge(client, 1, Integer::sum);
        return true;
    }

    private boolean free(String client) {
        int mine = running.getOrDefault(client, 0);
        int cap = mine == 0 ? limits.maxQueries() : limits.maxQueries() - limits.reservedForNewcomers();
        return mine < limits.maxQueriesPerClient() && total < cap;
    }

    private synchronized void release(String client) {
        total--;
        running.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1);
        notifyAll();
    }

    /** Queries running now, all clients together. */
    synchronized int running() {
        return total;
    }
}
