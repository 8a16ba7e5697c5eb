package org.gcmkg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.gcmkg.corpus.TaskOutcome;

/**
 * One pass over a stream of triples that feeds several readers, each in a thread of its own: the store's union is read
 * (and its nodes decoded) once for all the dumps and the text index, rather than once for each, and the writers share
 * the cores. Memory stays bounded: each reader has a queue of a few batches, and the pass waits for the slowest.
 */
final class TripleFanOut {
    private static final int BATCH = 4096;
    private static final int QUEUED_BATCHES = 4;
    /** Ends a reader's stream; compared by identity. */
    private static final List<Triple> END = Collections.unmodifiableList(new ArrayList<>(0));

    private static final AtomicInteger THREADS = new AtomicInteger();

    private TripleFanOut() {}

    /**
     * Hands every triple of {@code triples}, in its order, to each of {@code readers}, each called once in its own
     * thread with an iterator over them; returns when all have returned, and throws the first failure (of the source
     * or of a reader), after every reader has stopped.
     */
    static void run(Iterator<Triple> triples, List<Consumer<Iterator<Triple>>> readers) {
        List<Reader> running = new ArrayList<>();
        for (Consumer<Iterator<Triple>> reader : readers) {
            running.add(new Reader(reader));
        }
        ExecutorService threads = Executors.newFixedThreadPool(running.size(), task -> {
            Thread thread = new Thread(task, "union-reader-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> done = new ArrayList<>();
        try {
            for (Reader reader : running) {
                done.add(threads.submit(reader));
            }
            try {
                List<Triple> batch = new ArrayList<>(BATCH);
                while (triples.hasNext() && !anyFailed(running)) {
                    batch.add(triples.next());
                    if (batch.size() == BATCH) {
                        send(running, Collections.unmodifiableList(batch));
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    send(running, Collections.unmodifiableList(batch));
                }
            } finally {
                send(running, END);
                // Also when the source failed: the caller may close the store once this returns.
                threads.shutdown();
                while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                    // A writer still at work.
                }
            }
            for (Future<?> reader : done) {
                TaskOutcome.of(reader, "writing the store's union");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the store's union", e);
        } finally {
            threads.shutdown();
        }
    }

    private static boolean anyFailed(List<Reader> readers) {
        for (Reader reader : readers) {
            if (reader.failed) {
                return true;
            }
        }
        return false;
    }

    private static void send(List<Reader> readers, List<Triple> batch) {
        for (Reader reader : readers) {
            try {
                reader.queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the store's union", e);
            }
        }
    }

    /** A reader in its thread, with the batches queued for it. */
    private static final class Reader implements Runnable, Iterator<Triple> {
        final BlockingQueue<List<Triple>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private final Consumer<Iterator<Triple>> body;
        volatile boolean failed;
        private List<Triple> batch = new ArrayList<>(0);
        private int next;
        private boolean ended;

        Reader(Consumer<Iterator<Triple>> body) {
            this.body = body;
        }

        @Override
        public void run() {
            try {
                body.accept(this);
            } catch (RuntimeException | Error e) {
                failed = true;
                throw e;
            } finally {
                // Takes what is still sent, so that the pass never waits for a reader that has stopped.
                while (!ended) {
                    take();
                }
            }
        }

        @Override
        public boolean hasNext() {
            while (next == batch.size()) {
                if (ended) {
                    return false;
                }
                take();
            }
            return true;
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }

        private void take() {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the store's union", e);
            }
            next = 0;
            ended = batch == END;
        }
    }
}
