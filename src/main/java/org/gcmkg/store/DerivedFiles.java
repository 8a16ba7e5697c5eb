package org.gcmkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.gcmkg.corpus.TaskOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a generation derived from its TDB2 dataset once it is loaded: the full-text index and the dumps. The
 * union is read once for the index and the four triple dumps ({@link TripleFanOut}), while another thread reads the
 * named graphs for the TriG dump: five scans of the store become two, and the writers share the cores.
 */
final class DerivedFiles {
    private static final Logger LOG = LoggerFactory.getLogger(DerivedFiles.class);

    private DerivedFiles() {}

    /** Writes the text index and the dumps of {@code tdb} into {@code generation}; returns the texts indexed. */
    static long write(Path generation, DatasetGraph tdb) throws IOException {
        Path dumps = Files.createDirectory(generation.resolve(Dump.FOLDER));
        ExecutorService namedGraphs = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "named-graphs-dump");
            thread.setDaemon(true);
            return thread;
        });
        TextIndex index = SearchIndex.open(generation.resolve(StoredGraph.TEXT_FOLDER));
        try {
            List<Future<?>> quadDumps = new ArrayList<>();
            AtomicLong texts = new AtomicLong();
            List<Consumer<Iterator<Triple>>> readers = new ArrayList<>();
            readers.add(union -> timed("text index", () -> texts.set(SearchIndex.index(union, index))));
            for (Dump dump : Dump.values()) {
                if (dump.quads()) {
                    quadDumps.add(namedGraphs.submit(() ->
                            timed(dump.fileName(), () -> Txn.executeRead(tdb, () -> dump.write(tdb, dumps)))));
                } else {
                    // In a transaction of the writer's thread, for the prefixes, which the dataset stores.
                    readers.add(union -> timed(
                            dump.fileName(),
                            () -> Txn.executeRead(tdb, () -> dump.writeUnion(union, tdb.prefixes(), dumps))));
                }
            }
            try {
                Txn.executeRead(tdb, () -> {
                    ExtendedIterator<Triple> union = tdb.getDefaultGraph().find();
                    try {
                        TripleFanOut.run(union, readers);
                    } finally {
                        union.close();
                    }
                });
            } catch (RuntimeException | Error e) {
                // The caller closes the dataset: only once no thread reads it.
                quadDumps.forEach(DerivedFiles::awaitQuietly);
                throw e;
            }
            quadDumps.forEach(DerivedFiles::await);
            return texts.get();
        } finally {
            namedGraphs.shutdown();
            index.close();
        }
    }

    /** Runs {@code task} and logs how long it took: the writers run side by side, so each has its own figure. */
    private static void timed(String what, Runnable task) {
        long start = System.nanoTime();
        task.run();
        LOG.info("{} written in {} ms", what, (System.nanoTime() - start) / 1_000_000);
    }

    private static void awaitQuietly(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The first failure is the one reported.
        }
    }

    private static void await(Future<?> task) {
        TaskOutcome.of(task, "writing the dumps");
    }
}
