package org.gcmkg.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on each item of a list on as many threads as there are cores, each result handed on in the list's order on the
 * calling thread: the documents are independent of one another while they are read and graphed, but what takes their
 * results (a graph sink, a registry) sees them one at a time and in the corpus's order, so that the outcome does not
 * depend on which thread finished first. At most as many items are worked on as there are threads, so that no more
 * results are held than are being made (and the one being handed on).
 */
public final class InOrder {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private InOrder() {}

    /** The threads to work on: one per core the JVM sees. */
    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code work} to each of {@code items} in parallel and gives each result to {@code then}, in order, on
     * this thread. An exception {@code work} throws for an item is thrown here when that item's turn comes (the items
     * after it are then left); one {@code then} throws stops the rest.
     */
    public static <T, R> void forEach(List<T> items, Function<? super T, ? extends R> work, Consumer<? super R> then) {
        forEach(items, work, then, threads());
    }

    /** {@link #forEach} on {@code most} threads at most. */
    static <T, R> void forEach(
            List<T> items, Function<? super T, ? extends R> work, Consumer<? super R> then, int most) {
        int threads = Math.min(most, items.size());
        if (threads <= 1) {
            for (T item : items) {
                then.accept(work.apply(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < items.size() && pending.size() < threads) {
                T item = items.get(next++);
                pending.add(pool.submit(() -> work.apply(item)));
            }
            while (!pending.isEmpty()) {
                R result = TaskOutcome.of(pending.poll(), "waiting for a document's work");
                if (next < items.size()) {
                    T item = items.get(next++);
                    pending.add(pool.submit(() -> work.apply(item)));
                }
                then.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@link #forEach} collecting the results in order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        List<R> results = new ArrayList<>(items.size());
        forEach(items, work, results::add);
        return results;
    }

    /** Threads that do not keep the JVM alive, named for thread dumps and profiles. */
    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "gcm-kg-documents-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
