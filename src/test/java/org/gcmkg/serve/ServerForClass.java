package org.gcmkg.serve;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on a free loopback port, started once for a test class and stopped after its tests, registered as
 * {@code @RegisterExtension static final ServerForClass SERVER = new ServerForClass(() -> GcmServer...start());}.
 */
final class ServerForClass implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<GcmServer> start;
    private GcmServer server;

    ServerForClass(Supplier<GcmServer> start) {
        this.start = start;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = start.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
        }
    }

    GcmServer server() {
        return server;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }
}
