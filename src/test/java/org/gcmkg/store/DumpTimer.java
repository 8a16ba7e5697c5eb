package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Times what the store build writes after the bulk load, from a built store generation: {@code DumpTimer
 * GENERATION-DIR OUT-DIR} writes the text index and all dumps as the build does ({@link DerivedFiles}: one pass over
 * the union, TriG beside it); {@code DumpTimer GENERATION-DIR OUT-DIR --one-by-one [FILE-NAME...]} writes the text
 * index and then the dumps one after another, each with its own scan of the store (all dumps without names). A
 * benchmark for issue 14, run by hand with the heap to check (e.g. {@code -Xmx512m}), not a test.
 */
public final class DumpTimer {
    private DumpTimer() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DumpTimer GENERATION-DIR OUT-DIR [--one-by-one [FILE-NAME...]]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        DatasetGraph tdb = StoredGraph.connect(Path.of(args[0]));
        try {
            long start = System.nanoTime();
            if (args.length > 2 && args[2].equals("--one-by-one")) {
                oneByOne(tdb, out, Arrays.asList(args).subList(3, args.length));
            } else {
                long texts = DerivedFiles.write(out, tdb);
                System.out.printf("%d texts indexed%n", texts);
            }
            System.out.printf("all in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    private static void oneByOne(DatasetGraph tdb, Path out, java.util.List<String> names) throws IOException {
        Path dumps = Files.createDirectories(out.resolve(Dump.FOLDER));
        Txn.executeRead(tdb, () -> {
            if (names.isEmpty()) {
                long start = System.nanoTime();
                TextIndex index = SearchIndex.open(out.resolve(StoredGraph.TEXT_FOLDER));
                try {
                    long texts = SearchIndex.index(tdb.getDefaultGraph().find(), index);
                    System.out.printf("text index %d ms, %d texts%n", (System.nanoTime() - start) / 1_000_000, texts);
                } finally {
                    index.close();
                }
            }
            for (Dump dump : Dump.values()) {
                if (!names.isEmpty() && !names.contains(dump.fileName())) {
                    continue;
                }
                long start = System.nanoTime();
                dump.write(tdb, dumps);
                long millis = (System.nanoTime() - start) / 1_000_000;
                try {
                    System.out.printf(
                            "%s %d ms %d bytes%n", dump.fileName(), millis, Files.size(dumps.resolve(dump.fileName())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
