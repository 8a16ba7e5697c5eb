package org.gcmkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What a generation of the store holds, kept beside it in {@code store.properties}.
 *
 * @param generation  the generation's directory name, e.g. {@code gen-3}
 * @param fingerprint the {@link StoreFingerprint} of the corpus and code it was built from
 * @param builtAt     when its build completed
 * @param triples     distinct triples of the union of its graphs
 * @param buildMillis how long the build took, extraction included
 */
public record StoreInfo(String generation, String fingerprint, Instant builtAt, long triples, long buildMillis) {
    static final String FILE = "store.properties";

    /** Whether it was built with documents left out ({@code --lenient}): only a lenient server serves it. */
    public boolean partial() {
        return fingerprint.endsWith(GraphStore.PARTIAL);
    }

    void write(Path directory) {
        Properties p = new Properties();
        p.setProperty("generation", generation);
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("builtAt", builtAt.toString());
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("buildMillis", Long.toString(buildMillis));
        try (Writer out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(out, "gcm-kg store generation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoreInfo read(Path directory) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        try {
            return new StoreInfo(
                    p.getProperty("generation"),
                    p.getProperty("fingerprint"),
                    Instant.parse(p.getProperty("builtAt")),
                    Long.parseLong(p.getProperty("triples")),
                    Long.parseLong(p.getProperty("buildMillis")));
        } catch (RuntimeException e) {
            throw new IOException(directory.resolve(FILE) + " is incomplete: " + e.getMessage(), e);
        }
    }
}
