package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gcmkg.corpus.InOrder;
import org.gcmkg.corpus.TaskOutcome;

/**
 * Loads a graph into a new, empty TDB2 dataset as {@code tdb2.xloader} does, within this process: each node is given
 * its id as the graph is written, the tuples of ids are kept in files, and then every index of the dataset is written
 * bottom up from them ({@link PackedIndex}), as many at a time as there are cores.
 *
 * <p>The ids are given on a thread of its own, in a transaction of the node table alone, as Jena's phased loader
 * gives them: in a write transaction of the dataset, the node table's caches keep only the last thousand nodes until
 * the commit, so that every other node was looked up on disk, and the census and dumps that follow found the caches
 * empty (their time went from 27 to 35 s at 100×).
 */
final class PackedLoader {
    /** Heap a packing thread may give to sorting a run: this many bytes per key of up to 32 bytes. */
    private static final long HEAP_PER_KEY = 256;
    /**
     * Documents' graphs may wait for their ids up to a triple for this many bytes of heap (about a quarter of the heap):
     * documents differ in what costs most, their extraction or their new nodes, and with four documents waiting the
     * graph's builder waited for the ids 13.6 s at 100×, with this room 6.8 s. Counted in triples rather than
     * documents, so that large documents cannot fill the heap.
     */
    private static final long HEAP_PER_WAITING_TRIPLE = 1024 * 4;

    private record Batch(Node graph, Graph triples, int room) {}

    private static final Batch END = new Batch(null, null, 0);
    private static final Batch ABORT = new Batch(null, null, 0);

    private final DatasetGraphTDB dataset;
    private final NodeTable nodes;
    private final Path work;
    private final TupleRows quads;
    private final TupleRows triples;
    private final BlockingQueue<Batch> waiting = new LinkedBlockingQueue<>();
    private final int roomForTriples =
            (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / HEAP_PER_WAITING_TRIPLE);
    private final Semaphore room = new Semaphore(roomForTriples);
    private final CompletableFuture<Void> identified = new CompletableFuture<>();
    private final byte[] onDisk = new byte[Long.BYTES];

    private PackedLoader(DatasetGraphTDB dataset, Path work) throws IOException {
        this.dataset = dataset;
        this.nodes = dataset.getQuadTable().getNodeTupleTable().getNodeTable();
        this.work = work;
        this.quads = new TupleRows(work.resolve("quads.ids"), 4);
        this.triples = new TupleRows(work.resolve("triples.ids"), 3);
    }

    /**
     * Starts loading {@code dataset}, keeping the loader's files in {@code work} (created, and removed by {@link
     * #finish} or {@link #abort}).
     */
    static PackedLoader begin(DatasetGraph dataset, Path work) throws IOException {
        Files.createDirectories(work);
        PackedLoader loader = new PackedLoader(TDBInternal.getDatasetGraphTDB(dataset), work);
        Thread thread = new Thread(loader::identify, "store-node-ids");
        thread.setDaemon(true);
        thread.start();
        return loader;
    }

    /** Adds {@code triples} to the named graph {@code name} and to the default graph; they are read later. */
    void add(Node name, Graph graph) {
        hand(new Batch(name, graph, Math.min(roomForTriples, graph.size())));
    }

    private void hand(Batch batch) {
        try {
            while (!room.tryAcquire(batch.room(), 100, TimeUnit.MILLISECONDS)) {
                if (identified.isDone()) {
                    // Failed: the error is thrown here.
                    TaskOutcome.of(identified, "giving the nodes their ids");
                    throw new IllegalStateException("the store's loader has stopped");
                }
            }
            waiting.add(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the store", e);
        }
    }

    /** On the loader's thread: gives each node its id, writing the tuples, until the end or an abort. */
    private void identify() {
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodes);
        CoLib.start(coordinator);
        Transaction transaction = coordinator.begin(TxnType.WRITE);
        try {
            for (Batch batch = waiting.take(); batch != END; batch = waiting.take()) {
                if (batch == ABORT) {
                    transaction.abort();
                    identified.complete(null);
                    return;
                }
                long graph = id(batch.graph());
                batch.triples().find().forEachRemaining(t -> {
                    long s = id(t.getSubject());
                    long p = id(t.getPredicate());
                    long o = id(t.getObject());
                    quads.add(graph, s, p, o);
                    triples.add(s, p, o);
                });
                room.release(batch.room());
            }
            quads.close();
            triples.close();
            transaction.commit();
            identified.complete(null);
        } catch (Throwable e) {
            transaction.abort();
            identified.completeExceptionally(e);
        } finally {
            transaction.end();
        }
    }

    /** The node's id, in the 8-byte form the indexes store (and sort, as unsigned bytes). */
    private long id(Node node) {
        NodeId id = nodes.getAllocateNodeId(node);
        NodeIdFactory.set(id, onDisk, 0);
        return Bytes.getLong(onDisk, 0);
    }

    /** Commits the nodes and writes every index, sorting in the heap as many tuples as it can hold. */
    void finish() throws IOException {
        finish((int)
                Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / InOrder.threads() / HEAP_PER_KEY));
    }

    /** {@link #finish()}, sorting at most {@code runRows} tuples at a time in the heap. */
    void finish(int runRows) throws IOException {
        try {
            hand(END);
            TaskOutcome.of(identified, "giving the nodes their ids");
            List<TupleIndex> indexes = new ArrayList<>();
            indexes.addAll(List.of(
                    dataset.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()));
            indexes.addAll(List.of(
                    dataset.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()));
            int threads = InOrder.threads();
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "packed-index");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Long>> written = new ArrayList<>();
                for (TupleIndex index : indexes) {
                    TupleRows rows = index.getTupleLength() == 4 ? quads : triples;
                    written.add(pool.submit(() -> PackedIndex.write(index, rows, runRows, work)));
                }
                for (Future<Long> index : written) {
                    TaskOutcome.of(index, "writing the store's indexes");
                }
            } finally {
                pool.shutdownNow();
                // The files are removed below only once no thread reads them.
                awaitQuietly(pool);
            }
        } finally {
            deleteWork();
        }
    }

    /** Gives up: the nodes are not committed, the loader's files are removed. */
    void abort() {
        try {
            if (!identified.isDone()) {
                waiting.clear();
                hand(ABORT);
                identified.handle((done, failure) -> null).join();
            }
        } finally {
            try {
                quads.close();
                triples.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteWork();
            }
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deleteWork() {
        FileUtils.deleteQuietly(work.toFile());
    }
}
