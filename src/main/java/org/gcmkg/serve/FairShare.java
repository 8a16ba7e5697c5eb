package org.gcmkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
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
public final class FairShare implements Filter {
    private final Limits limits;
    private final Map<String, Integer> running = new HashMap<>();
    private int total;

    public FairShare(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !isQuery(http)) {
            chain.doFilter(request, response);
            return;
        }
        String client = http.getRemoteAddr();
        boolean admitted;
        try {
            admitted = admit(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setHeader(
                    "Retry-After",
                    Long.toString(Math.max(1, TimeUnit.MILLISECONDS.toSeconds(limits.queueWaitMillis()) + 1)));
            out.sendError(
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

    /** Static files, health and the UI's status calls are served whatever the load. */
    private static boolean isQuery(HttpServletRequest request) {
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
