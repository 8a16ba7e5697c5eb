package org.gcmkg.serve;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every request with the handlers of one generation of the store, and switches to the next generation
 * atomically: a request is served to its end by the generation current when it arrived, requests arriving after the
 * switch by the new one, and the old generation's handlers are stopped and its store closed once its last request
 * has completed.
 */
final class GenerationSwitch extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationSwitch.class);

    /** The handlers of one generation, with the requests they serve (and one more while current). */
    private static final class Slot {
        final String name;
        final Handler handler;
        final Runnable retire;
        final AtomicInteger users = new AtomicInteger(1);

        Slot(String name, Handler handler, Runnable retire) {
            this.name = name;
            this.handler = handler;
            this.retire = retire;
        }

        boolean acquire() {
            for (int n = users.get(); n > 0; n = users.get()) {
                if (users.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
            return false;
        }

        void release() {
            if (users.decrementAndGet() == 0) {
                try {
                    handler.stop();
                } catch (Exception e) {
                    LOG.warn("stopping the handlers of {}: {}", name, e.toString());
                }
                retire.run();
                LOG.info("{} retired: its last request has completed", name);
            }
        }
    }

    private final AtomicReference<Slot> current;

    /** {@code retire}: what to do once {@code first} has been replaced and has served its last request. */
    GenerationSwitch(String name, Handler first, Runnable retire) {
        this.current = new AtomicReference<>(new Slot(name, first, retire));
        addBean(first, false);
    }

    @Override
    protected void doStart() throws Exception {
        Slot slot = current.get();
        slot.handler.setServer(getServer());
        slot.handler.start();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        current.get().handler.stop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Slot slot = current.get();
        while (!slot.acquire()) {
            // Retired between the read and the acquire: a newer one is current.
            slot = current.get();
        }
        Slot served = slot;
        boolean handled;
        try {
            handled = served.handler.handle(request, response, Callback.from(callback, served::release));
        } catch (Throwable e) {
            served.release();
            throw e;
        }
        if (!handled) {
            served.release();
        }
        return handled;
    }

    /**
     * Starts {@code next} and makes it serve every request from now on; the generation it replaces retires once it
     * has served its last request, and {@code retireNext} is what {@code next} will do when its turn comes.
     */
    void switchTo(String name, Handler next, Runnable retireNext) throws Exception {
        next.setServer(getServer());
        next.start();
        Slot old = current.getAndSet(new Slot(name, next, retireNext));
        LOG.info("now serving {} (was {})", name, old.name);
        old.release();
    }

    /** The name of the generation serving new requests. */
    String serving() {
        return current.get().name;
    }
}
