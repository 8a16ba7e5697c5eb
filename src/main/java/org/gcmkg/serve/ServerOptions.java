package org.gcmkg.serve;

import java.util.Objects;

/**
 * Settings for {@link GcmServer}.
 *
 * @param host               interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port               TCP port; 0 picks a free one
 * @param queryTimeoutMillis overall SPARQL query timeout; 0 or less means none
 */
public record ServerOptions(String host, int port, long queryTimeoutMillis) {

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** No query timeout. */
    public ServerOptions(String host, int port) {
        this(host, port, 0);
    }
}
