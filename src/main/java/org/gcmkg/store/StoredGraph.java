package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One complete generation of the store, open: the TDB2 dataset of named graphs, with their union stored as its
 * default graph (queries of the default graph then read TDB2's triple indexes), and the full-text index, which {@code text:query} finds in the dataset's
 * context, opened on a thread of its own ({@link OpeningTextIndex}). Served read-only. While it is open, a shared lock on its {@code in-use.lock} keeps other processes from
 * deleting it.
 */
public final class StoredGraph implements AutoCloseable {
    static final String TDB_FOLDER = "tdb2";
    static final String TEXT_FOLDER = "text";
    static final String IN_USE_LOCK = "in-use.lock";
    /** Set in the context of a store's dataset: its default graph is the union of its named graphs. */
    public static final Symbol DEFAULT_GRAPH_IS_UNION = Symbol.create("https://w3id.org/gcm/ns#defaultGraphIsUnion");

    /** Bytes of heap per node a build's node caches may keep: 300 bytes a node, a thirty-second of the heap. */
    static final long NODE_CACHE_HEAP_PER_NODE = 300 * 32;

    private final Path directory;
    private final StoreInfo info;
    private final DatasetGraph dataset;
    private final TextIndex textIndex;
    private final FileChannel inUse;
    private final FileLock inUseLock;
    private boolean closed;
    private GraphCensus census;

    private StoredGraph(
            Path directory,
            StoreInfo info,
            DatasetGraph dataset,
            TextIndex textIndex,
            FileChannel inUse,
            FileLock inUseLock) {
        this.directory = directory;
        this.info = info;
        this.dataset = dataset;
        this.textIndex = textIndex;
        this.inUse = inUse;
        this.inUseLock = inUseLock;
    }

    /** Opens the generation in {@code directory}; its {@link StoreInfo} must be there, i.e. its build completed. */
    static StoredGraph open(Path directory) throws IOException {
        StoreInfo info = StoreInfo.read(directory);
        FileChannel inUse = GenerationLock.channel(directory);
        DatasetGraph dataset = null;
        try {
            FileLock lock = GenerationLock.shared(inUse);
            dataset = connect(directory);
            TextIndex index = new OpeningTextIndex(directory.resolve(TEXT_FOLDER));
            configure(dataset, index);
            return new StoredGraph(directory, info, dataset, index, inUse, lock);
        } catch (IOException | RuntimeException e) {
            if (dataset != null) {
                TDBInternal.expel(dataset);
            }
            inUse.close();
            throw e;
        }
    }

    static DatasetGraph connect(Path directory) {
        return DatabaseMgr.connectDatasetGraph(directory.resolve(TDB_FOLDER).toString());
    }

    /**
     * Connects to the generation in {@code directory} to build it, with TDB2's node caches sized to the heap: by
     * default they keep up to 1.2 M nodes, long literal texts among them (about 190 MB of heap at 100×), too much next to
     * the rest of a build in a 512 MB heap. A node takes some 300 bytes in them; the caches get
     * about a thirty-second of the heap (56,000 nodes in 512 MB, where 50,000 was measured to fit at 100×), up to
     * TDB2's defaults (reached from a heap of 10 GB). The server keeps TDB2's defaults.
     */
    static DatasetGraph connectToBuild(Path directory) {
        Location location = Location.create(directory.resolve(TDB_FOLDER).toString());
        // Created with the default parameters first: parameters given to a new store are written into it (tdb.cfg),
        // and the server would keep the small caches; given to an existing store, they last for this connection.
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(location));
        int nodes = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / NODE_CACHE_HEAP_PER_NODE);
        StoreParams defaults = StoreParams.getDftStoreParams();
        return DatabaseMgr.connectDatasetGraph(
                location,
                StoreParams.builder()
                        .node2NodeIdCacheSize(Math.min(nodes, defaults.getNode2NodeIdCacheSize()))
                        .nodeId2NodeCacheSize(Math.min(nodes, defaults.getNodeId2NodeCacheSize()))
                        .build());
    }

    static void configure(DatasetGraph dataset, TextIndex index) {
        dataset.getContext().set(DEFAULT_GRAPH_IS_UNION, true);
        dataset.getContext().set(TextQuery.textIndex, index);
    }

    /** The dataset: named graphs, their union as default graph, {@code text:query} enabled. Read it in transactions. */
    public DatasetGraph dataset() {
        return dataset;
    }

    public TextIndex textIndex() {
        return textIndex;
    }

    public StoreInfo info() {
        return info;
    }

    /**
     * The figures of the graph its build measured; measured now, once, for a generation built by a version that did
     * not keep them.
     */
    public synchronized GraphCensus census() {
        if (census == null) {
            try {
                census = GraphCensus.read(directory)
                        .orElseGet(() -> Txn.calculateRead(dataset, () -> GraphCensus.measure(dataset)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return census;
    }

    /** The generation's directory. */
    public Path directory() {
        return directory;
    }

    /** The dump file {@code dump} of this generation. */
    public Path dump(Dump dump) {
        return directory.resolve(Dump.FOLDER).resolve(dump.fileName());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            textIndex.close();
        } finally {
            TDBInternal.expel(dataset);
            try {
                inUseLock.release();
                inUse.close();
            } catch (IOException ignored) {
                // The lock goes with the process anyway.
            }
        }
    }
}
