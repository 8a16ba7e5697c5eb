package org.gcmkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus {@code n} times the size of another: {@code n} variants of each of its documents, for the benchmarks.
 *
 * <p>Variant 1 of a document is the document itself, under its own name; variant {@code k > 1} is the same text
 * under the name {@code STEM-vK.txt}. Every kind mints the URIs of what a document holds from the document's file
 * stem (its statements, workshops, chapters, themes, commitments, guidance, citations, passages and mentions, its
 * source document and its named graph), so each variant mints its own resources and the extractors do the whole
 * work again for it. What the kinds identify independently of the document stays one resource however many
 * variants mention it: the GCM's 23 objectives with their actions and examples (a booklet must hold objectives 1 to
 * 23 to be whole, so a variant cannot number them otherwise), persons by name, countries, instruments and SDG
 * targets. Their statements carry each variant's provenance, so the union graph still grows nearly {@code n} times,
 * and each variant's named graph holds all of them.
 */
public final class ScaledCorpus {
    private ScaledCorpus() {}

    /** Writes the {@code n}-fold corpus of {@code source}'s {@code *.txt} documents into {@code target}. */
    public static void write(Path source, Path target, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + n);
        }
        try {
            Files.createDirectories(target);
            for (Path document : documents(source)) {
                String name = document.getFileName().toString();
                String stem = name.substring(0, name.length() - ".txt".length());
                Files.copy(document, target.resolve(name));
                for (int k = 2; k <= n; k++) {
                    Files.copy(document, target.resolve(variantName(stem, k)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + n + "x corpus into " + target, e);
        }
    }

    /** The file name of variant {@code k > 1} of the document {@code stem}. */
    public static String variantName(String stem, int k) {
        return stem + "-v" + k + ".txt";
    }

    private static List<Path> documents(Path source) throws IOException {
        try (Stream<Path> listing = Files.list(source)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }

    /** {@code ScaledCorpus SOURCE-DIR TARGET-DIR N}. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ScaledCorpus SOURCE-DIR TARGET-DIR N");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    }
}
