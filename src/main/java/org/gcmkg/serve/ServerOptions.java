package org.gcmkg.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Settings for {@link GcmServer}.
 *
 * @param host               interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port               TCP port; 0 picks a free one
 * @param queryTimeoutMillis overall SPARQL query timeout; 0 or less means none
 * @param resultLimit        most rows a SELECT answers (and most solutions a CONSTRUCT or DESCRIBE uses); 0 or less
 *                           means no cap
 * @param allowedServices    endpoints that SPARQL {@code SERVICE} may call, besides the server's own datasets
 * @param requestLog         file the request log is appended to; {@code null} logs requests to stderr
 * @param publicUrl          the base URL clients reach the server at, behind a reverse proxy (e.g.
 *                           {@code https://gcm.example.org}), for the links the server makes to itself; {@code null}
 *                           takes them from each request
 */
public record ServerOptions(
        String host,
        int port,
        long queryTimeoutMillis,
        long resultLimit,
        List<String> allowedServices,
        Path requestLog,
        String publicUrl) {

    public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    /**
     * Public SPARQL endpoints a query may federate with by default: the UN's linked-data platform, which publishes
     * the SDG vocabularies whose URIs the graph uses, and Wikidata.
     */
    public static final List<String> DEFAULT_ALLOWED_SERVICES =
            List.of("https://metadata.un.org/sparql", "https://query.wikidata.org/sparql");

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        allowedServices = List.copyOf(allowedServices);
    }

    /** No query timeout, no result cap, no external SERVICE, requests logged to stderr. */
    public ServerOptions(String host, int port) {
        this(host, port, 0);
    }

    /** No result cap, no external SERVICE, requests logged to stderr. */
    public ServerOptions(String host, int port, long queryTimeoutMillis) {
        this(host, port, queryTimeoutMillis, 0, List.of(), null, null);
    }
}
