package org.gcmkg.serve;

/**
 * The limits that keep one client from taking the server from the others.
 *
 * @param maxQueries          queries (SPARQL, pages, search) running at once, all clients together
 * @param maxQueriesPerClient queries running at once from one client address
 * @param reservedForNewcomers of {@code maxQueries}, slots that only a client with no query running may take, so
 *                            that clients running several at once cannot fill every slot
 * @param queueWaitMillis     how long a query beyond a cap waits for a slot before it is answered {@code 503}
 * @param headerBytes         the request line (with its query string) and headers, together
 * @param bodyBytes           a request body (a POSTed query, or form)
 */
public record Limits(
        int maxQueries,
        int maxQueriesPerClient,
        int reservedForNewcomers,
        long queueWaitMillis,
        int headerBytes,
        long bodyBytes) {
    public static final int DEFAULT_MAX_QUERIES = 16;
    public static final int DEFAULT_MAX_QUERIES_PER_CLIENT = 4;
    public static final long DEFAULT_QUEUE_WAIT_MILLIS = 2000;
    public static final int DEFAULT_HEADER_BYTES = 64 * 1024;
    public static final long DEFAULT_BODY_BYTES = 1024 * 1024;

    public static final Limits DEFAULT = of(
            DEFAULT_MAX_QUERIES,
            DEFAULT_MAX_QUERIES_PER_CLIENT,
            DEFAULT_QUEUE_WAIT_MILLIS,
            DEFAULT_HEADER_BYTES,
            DEFAULT_BODY_BYTES);

    public Limits {
        if (maxQueries < 1
                || maxQueriesPerClient < 1
                || reservedForNewcomers < 0
                || queueWaitMillis < 0
                || headerBytes < 1024
                || bodyBytes < 1024) {
            throw new IllegalArgumentException("limits must be positive (headers and bodies at least 1024 bytes)");
        }
    }

    /** Limits with a quarter of {@code maxQueries} (at least one, if it leaves one) kept for newcomers. */
    public static Limits of(
            int maxQueries, int maxQueriesPerClient, long queueWaitMillis, int headerBytes, long bodyBytes) {
        int reserved = maxQueries > 1 ? Math.max(1, maxQueries / 4) : 0;
        return new Limits(maxQueries, maxQueriesPerClient, reserved, queueWaitMillis, headerBytes, bodyBytes);
    }
}
