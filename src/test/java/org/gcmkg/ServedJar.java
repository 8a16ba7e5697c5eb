package org.gcmkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The jar's {@code serve} command run by an integration test on a free loopback port, once it answers /health.
 * Closing it stops the server as SIGTERM does and checks that it shut down in time.
 */
public final class ServedJar implements AutoCloseable {
    public final Process process;
    public final int port;
    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public final String base;

    public final Path log;
    /** The first answer to /health. */
    public final JsonObject health;

    private ServedJar(Process process, int port, Path log, JsonObject health) {
        this.process = process;
        this.port = port;
        this.base = base(port);
        this.log = log;
        this.health = health;
    }

    /** Starts {@code serve --port FREE ARGS} with its output in {@code log}, and waits for it to answer /health. */
    public static ServedJar serve(Path log, String... args) throws Exception {
        int port = JarProcess.freePort();
        Process process = start(log, port, args);
        try {
            return new ServedJar(process, port, log, JarProcess.awaitHealth(process, base(port), log));
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** {@link #serve} with its log and a store of its own in {@code directory}: {@code serve.log}, {@code store/}. */
    public static ServedJar serveIn(Path directory, String... args) throws Exception {
        List<String> all =
                new ArrayList<>(List.of("--store", directory.resolve("store").toString()));
        all.addAll(List.of(args));
        return serve(directory.resolve("serve.log"), all.toArray(String[]::new));
    }

    /** {@link #serveIn} on a copy of the {@link PrebuiltStore}: a server of the corpus that does not build its store. */
    public static ServedJar servePrebuiltIn(Path directory, String... args) throws Exception {
        PrebuiltStore.copyTo(directory.resolve("store"));
        return serveIn(directory, args);
    }

    /** Starts {@code serve --port PORT ARGS} with its output in {@code log}, without waiting for it. */
    public static Process start(Path log, int port, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("serve", "--port", String.valueOf(port)));
        command.addAll(List.of(args));
        return JarProcess.start(log, command.toArray(String[]::new));
    }

    public static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        JarProcess.stop(process);
    }

    /** What starts a server in a directory of its own. */
    @FunctionalInterface
    public interface Start {
        ServedJar in(Path directory) throws Exception;
    }

    /** A server in a temporary directory of its own that goes with it. */
    private record InDirectory(Path directory, ServedJar served) implements AutoCloseable {
        static InDirectory start(Start start) throws Exception {
            Path directory = Files.createTempDirectory("gcm-served");
            try {
                return new InDirectory(directory, start.in(directory));
            } catch (Exception | AssertionError e) {
                WebServerProcess.delete(directory);
                throw e;
            }
        }

        @Override
        public void close() throws Exception {
            served.close();
            WebServerProcess.delete(directory);
        }
    }

    /** A test class's server, once it was started for the class. */
    public abstract static sealed class ClassServer implements BeforeAllCallback permits ForClass, Shared {
        ServedJar served;

        public ServedJar get() {
            return served;
        }
    }

    /**
     * One server for a whole test class, in a temporary directory of its own that goes with it, registered as
     * {@code @RegisterExtension static final ServedJar.ForClass SERVER = new ServedJar.ForClass(dir -> ...);}: for a
     * test that needs a configuration of its own.
     */
    public static final class ForClass extends ClassServer implements AfterAllCallback {
        private final Start start;
        private InDirectory running;

        public ForClass(Start start) {
            this.start = start;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            running = InDirectory.start(start);
            served = running.served();
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            if (running != null) {
                running.close();
            }
        }
    }

    /**
     * The one server of the default configuration that the integration test classes share, registered as
     * {@code @RegisterExtension static final ServedJar.Shared SERVER = new ServedJar.Shared();}: README's {@code serve}
     * on a free port, building its store on first start, with a request log ({@code requests.log} beside {@code log}).
     * The first class to ask starts it; it is stopped when all the tests of the run are done.
     */
    public static final class Shared extends ClassServer {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            served = context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(Shared.class))
                    .getOrComputeIfAbsent(
                            InDirectory.class,
                            key -> {
                                try {
                                    return InDirectory.start(dir -> serveIn(
                                            dir,
                                            "--request-log",
                                            dir.resolve("requests.log").toString()));
                                } catch (Exception e) {
                                    throw new IllegalStateException("the shared server did not start", e);
                                }
                            },
                            InDirectory.class)
                    .served();
        }
    }
}
