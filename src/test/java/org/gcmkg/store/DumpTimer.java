package org.gcmkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Times the writing of dumps from a built store generation, one after another in one read transaction, as the store
 * build writes them: {@code DumpTimer GENERATION-DIR OUT-DIR [FILE-NAME...]} (all dumps without names). A benchmark
 * for issue 14, run by hand with the heap to check (e.g. {@code -Xmx512m}), not a test.
 */
public final class DumpTimer {
    private DumpTimer() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DumpTimer GENERATION-DIR OUT-DIR [FILE-NAME...]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        DatasetGraph tdb = StoredGraph.connect(Path.of(args[0]));
        try {
            Txn.executeRead(tdb, () -> {
                for (Dump dump : Dump.values()) {
                    if (args.length > 2 && !java.util.Arrays.asList(args).contains(dump.fileName())) {
                        continue;
                    }
                    long start = System.nanoTime();
                    dump.write(tdb, out);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    long size;
                    try {
                        size = Files.size(out.resolve(dump.fileName()));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    System.out.printf("%s %d ms %d bytes%n", dump.fileName(), millis, size);
                }
            });
        } finally {
            TDBInternal.expel(tdb);
        }
    }
}
