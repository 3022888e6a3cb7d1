package org.termite.runtime.io;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A blocking network call (connecting, accepting a connection) made on a thread of a small pool while the
 * process that asked for it parks, so that no scheduler thread waits on the network. Outside any process the
 * caller simply waits.
 */
public final class Offload {
    private static final Object PENDING = new Object();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "termite-io", 256 * 1024);
        t.setDaemon(true);
        return t;
    });

    /** A blocking call. */
    public interface Call {
        Object run() throws java.io.IOException;
    }

    private Object outcome = PENDING;
    private Runnable waker;

    private Offload() {}

    /**
     * Starts {@code call} on the pool and returns its value, parking the current process until it is there. A
     * failure becomes the error {@code failure} makes of it, raised in the process.
     */
    public static Object run(Call call, java.util.function.Function<java.io.IOException, RuntimeException> failure) {
        Offload o = new Offload();
        POOL.execute(() -> {
            Object r;
            try {
                r = call.run();
            } catch (java.io.IOException e) {
                r = new Failed(failure.apply(e));
            } catch (RuntimeException e) {
                r = new Failed(e);
            }
            o.complete(r);
        });
        return o.await();
    }

    private record Failed(RuntimeException e) {}

    private void complete(Object r) {
        Runnable w;
        synchronized (this) {
            outcome = r;
            w = waker;
            waker = null;
            notifyAll();
        }
        if (w != null) {
            w.run();
        }
    }

    /** The call's value once it has one. A process parks; a wake-up for any other reason parks it again. */
    private Object await() {
        Object r;
        synchronized (this) {
            if (!org.termite.runtime.exec.Preemption.inProcess()) {
                org.termite.runtime.exec.ThreadWait.until(this, () -> outcome != PENDING);
            }
            r = outcome;
        }
        if (r == PENDING) {
            org.termite.runtime.exec.Preemption.parkUntil(this::whenDone, this::await);
        }
        if (r instanceof Failed f) {
            throw f.e();
        }
        return r;
    }

    private void whenDone(Runnable wake) {
        synchronized (this) {
            if (outcome == PENDING) {
                waker = wake;
                return;
            }
        }
        wake.run();
    }
}
