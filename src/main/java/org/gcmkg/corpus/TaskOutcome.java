package org.gcmkg.corpus;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The result of work done on another thread, or the exception the work threw, thrown as it would have been on the
 * waiting thread: callers then report a document's own error (file, line, expectation), not a wrapper around it.
 */
public final class TaskOutcome {
    private TaskOutcome() {}

    /** Waits for {@code task}; {@code waitingFor} says, if the wait is interrupted, what was being waited for. */
    public static <R> R of(Future<R> task, String waitingFor) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while " + waitingFor);
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
