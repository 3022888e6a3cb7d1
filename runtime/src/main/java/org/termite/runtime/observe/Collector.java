package org.termite.runtime.observe;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Processes;

/**
 * Runs the observer's work off the scheduler: a process that asks for a snapshot parks (holding no worker) while one
 * thread of its own builds it, so a loaded node's workers keep running its processes. At most a few requests wait;
 * more are refused with an error instead of piling up behind a slow snapshot.
 */
final class Collector {
    private static final ExecutorService THREAD = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(8), r -> {
                Thread t = new Thread(r, "termite-observer-collector");
                t.setDaemon(true);
                // below the workers: a snapshot may wait, the node's own processes should not
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    private Collector() {}

    /** What went wrong on the collector's thread; the error is raised in the process that asked. */
    private record Failure(String message) {}

    /** The value of {@code work}, computed on the collector's thread while the calling process waits. */
    static Object inProcess(String who, Supplier<Object> work) {
        Object[] result = new Object[1];
        Processes.parkUntil(wake -> {
            try {
                THREAD.execute(() -> {
                    try {
                        result[0] = work.get();
                    } catch (RuntimeException e) {
                        result[0] = new Failure(who + ": " + e);
                    }
                    wake.run();
                });
            } catch (RejectedExecutionException e) {
                result[0] = new Failure(who + ": the observer is busy: too many snapshots asked at once");
                wake.run();
            }
        }, () -> {
            // read after the wake-up, which publishes the result (the scheduler's hand-over is a happens-before edge)
            if (result[0] instanceof Failure f) {
                throw SchemeError.error(f.message());
            }
            return result[0];
        });
        return null;
    }
}
