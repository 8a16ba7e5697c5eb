package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;

/**
 * One store built from the real corpus ({@code data/corpus}), shared by the tests of a JVM; read-only. Its graphs are
 * the shared {@link CorpusGraph}, the very graph {@link org.gcmkg.kind.KnowledgeGraph#build} makes of that corpus,
 * rather than a second build of it.
 */
public final class TestStore {
    public static final Path CORPUS = CorpusGraph.CORPUS;
    private static StoredGraph real;

    private TestStore() {}

    public static synchronized StoredGraph real() {
        if (real == null) {
            try {
                Path dir = Files.createTempDirectory("gcm-store-test");
                real = new GraphStore(dir, corpus -> CorpusGraph.get())
                        .open(Corpus.open(CORPUS), false)
                        .graph();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    real.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return real;
    }

    /**
     * A new generation of the store in {@code directory}, built by {@code builder} from {@code corpus} and made
     * current, open: for tests that switch a server from one generation to the next.
     */
    public static StoredGraph newGeneration(
            Path directory, java.util.function.Function<Corpus, org.apache.jena.query.Dataset> builder, Corpus corpus) {
        return new GraphStore(directory, builder).open(corpus, true).graph();
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory; the system cleans it up in the end.
        }
    }
}
