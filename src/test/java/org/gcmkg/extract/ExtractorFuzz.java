package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.kind.DocumentKinds;

/**
 * The mangling of corpus documents for the fuzz tests: each corpus document mangled thousands of times in all: lines deleted, duplicated and swapped, the file cut off,
 * control and non-BMP characters injected, very long lines. Each extractor either reads the mangled document or
 * refuses it with the project's own one-line error ({@link CorpusException}), within a time bound per document.
 */
public final class ExtractorFuzz {
    /** Far above the slowest document's reading time (the booklet, under 1 s on a loaded machine). */
    static final long BOUND_SECONDS = 20;

    static final DocumentKinds KINDS = DocumentKinds.registered();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });
    static final AtomicInteger CASES = new AtomicInteger();
    static final AtomicInteger READ = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();
    static long started = System.nanoTime();

    /** One change to a document's lines; positions are fractions of the document, so they fit every document. */
    public sealed interface Mutation {
        void apply(List<String> lines);
    }

    record Delete(double at) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                lines.remove(index(at, lines));
            }
        }
    }

    record Duplicate(double at) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                int i = index(at, lines);
                lines.add(i, lines.get(i));
            }
        }
    }

    record Swap(double first, double second) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                java.util.Collections.swap(lines, index(first, lines), index(second, lines));
            }
        }
    }

    /** The file cut off at a line, and within it. */
    record Cut(double at, double within) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                int i = index(at, lines);
                String line = lines.get(i);
                lines.subList(i + 1, lines.size()).clear();
                lines.set(i, line.substring(0, line.offsetByCodePoints(0, (int)
                        (within * line.codePointCount(0, line.length())))));
            }
        }
    }

    record Inject(double at, double within, String text) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                int i = index(at, lines);
                String line = lines.get(i);
                int offset = line.offsetByCodePoints(0, (int) (within * line.codePointCount(0, line.length())));
                lines.set(i, line.substring(0, offset) + text + line.substring(offset));
            }
        }
    }

    record LongLine(double at, int length, String unit) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                int i = index(at, lines);
                lines.set(i, lines.get(i) + unit.repeat(Math.max(1, length / unit.length())));
            }
        }
    }

    static int index(double fraction, List<String> lines) {
        return Math.min(lines.size() - 1, (int) (fraction * lines.size()));
    }

    public static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> odd = Arbitraries.oneOf(
                        Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
                        Arbitraries.of(
                                "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u200b", "\r", "\t"),
                        Arbitraries.integers()
                                .between(0x10000, 0x10FFFF)
                                .filter(Character::isValidCodePoint)
                                .map(Character::toString),
                        Arbitraries.of(
                                "**",
                                "- (a) ",
                                "GCM Objective 7",
                                "|",
                                " | ",
                                "[",
                                "](",
                                "<https://",
                                "(",
                                ")",
                                "\u00b9\u00b2",
                                "1. ",
                                "RECOMMENDATIONS",
                                "Objective 23: "))
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(parts -> String.join("", parts));
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                at.map(Delete::new),
                at.map(Duplicate::new),
                Combinators.combine(at, at).as(Swap::new),
                Combinators.combine(at, at).as(Cut::new),
                Combinators.combine(at, at, odd).as(Inject::new),
                Combinators.combine(
                                at,
                                Arbitraries.integers().between(1_000, 200_000),
                                Arbitraries.of("x", " ", "a ", "(", "**", "- ", "[a](", "\u00b9", "é", "😀"))
                        .as(LongLine::new));
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of("data/corpus", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceText mutated(String file, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(lines(file));
        for (Mutation m : mutations) {
            m.apply(lines);
        }
        return new SourceText(file, String.join("\n", lines) + "\n");
    }

    /**
     * Reads {@code source} as the loader does, within the bound: the document read, or empty when refused with the
     * project's error. Any other exception, or running past the bound, fails.
     */
    public static Optional<ExtractedDocument> read(SourceText source) {
        CASES.incrementAndGet();
        Future<Optional<ExtractedDocument>> reading = RUNNER.submit(() -> {
            try {
                // The loader refuses a document of no known kind, or of two, as it refuses a malformed one.
                return Optional.of(KINDS.of(source).extract(source));
            } catch (CorpusException e) {
                // One line naming the document (a message about a mapping file names both).
                assertTrue(
                        e.getMessage().contains(source.fileName())
                                && !e.getMessage().contains("\n"),
                        "one line naming the file: " + e.getMessage());
                return Optional.empty();
            }
        });
        try {
            Optional<ExtractedDocument> document = reading.get(BOUND_SECONDS, TimeUnit.SECONDS);
            (document.isPresent() ? READ : REFUSED).incrementAndGet();
            return document;
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new AssertionError(source.fileName() + ": still reading after " + BOUND_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new AssertionError(source.fileName() + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private ExtractorFuzz() {}
}
