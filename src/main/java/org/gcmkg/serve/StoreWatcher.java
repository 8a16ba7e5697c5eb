package org.gcmkg.serve;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes up each new generation of the store that {@code load} (in another process) makes current, without downtime:
 * the server switches to it atomically ({@link GcmServer#serve}), and the generation it replaces is closed and deleted
 * once its last request has completed. A generation built with documents left out is taken up only by a lenient
 * server; a build that fails or is killed never becomes current, so the server goes on serving its generation.
 */
public final class StoreWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWatcher.class);

    private final GraphStore store;
    private final GcmServer server;
    private final boolean lenient;
    private final ScheduledExecutorService timer;
    private String refused;

    private StoreWatcher(GraphStore store, GcmServer server, boolean lenient) {
        this.store = store;
        this.server = server;
        this.lenient = lenient;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gcm-kg-store-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Looks at the store's {@code current} every {@code millis}. */
    public static StoreWatcher start(GraphStore store, GcmServer server, boolean lenient, long millis) {
        StoreWatcher watcher = new StoreWatcher(store, server, lenient);
        watcher.timer.scheduleWithFixedDelay(watcher::check, millis, millis, TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** Serves the current generation if it is not the one served. */
    synchronized void check() {
        try {
            Optional<String> current = store.current();
            String served = server.store().info().generation();
            if (current.isEmpty()
                    || current.get().equals(served)
                    || current.get().equals(refused)) {
                return;
            }
            StoredGraph next = store.openCurrent();
            if (next.info().partial() && !lenient) {
                next.close();
                refused = current.get();
                LOG.warn(
                        "store {}: {} holds a partial graph (built with --lenient); still serving {}",
                        store.directory(),
                        current.get(),
                        served);
                return;
            }
            server.serve(next, retired -> store.removeUnused());
        } catch (Exception e) {
            // Not complete yet, or gone again: the next look tries again; the served generation stays.
            LOG.warn("store {}: cannot take up the current generation yet: {}", store.directory(), e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
