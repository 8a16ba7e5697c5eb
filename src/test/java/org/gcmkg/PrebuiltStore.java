package org.gcmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The store of {@code data/corpus} as the jar's {@code load} builds it, built once per test JVM on first use and never
 * served itself: the integration tests that need a store of the corpus but not its build serve copies of it, as
 * docs/deploy.md's replicas do. Deleted when the JVM exits.
 */
public final class PrebuiltStore {
    private static Path directory;

    private PrebuiltStore() {}

    /** The directory of the built store: {@code store/}, and {@code load.log}, what load said. */
    public static synchronized Path directory() throws Exception {
        if (directory == null) {
            Path built = Files.createTempDirectory("gcm-prebuilt");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    WebServerProcess.delete(built);
                } catch (IOException ignored) {
                    // A temporary directory; the system cleans it up in the end.
                }
            }));
            Path log = built.resolve("load.log");
            Process load = JarProcess.start(
                    log, "load", "--store", built.resolve("store").toString());
            assertTrue(load.waitFor(600, TimeUnit.SECONDS), "load finished");
            assertEquals(0, load.exitValue(), Files.readString(log));
            directory = built;
        }
        return directory;
    }

    /** The store itself. */
    public static Path store() throws Exception {
        return directory().resolve("store");
    }

    /** What load said when it built the store. */
    public static String loadLog() throws Exception {
        return Files.readString(directory().resolve("load.log"));
    }

    /** Copies the store to {@code to}, which must not exist yet, and returns it. */
    public static Path copyTo(Path to) throws Exception {
        Path from = store();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
