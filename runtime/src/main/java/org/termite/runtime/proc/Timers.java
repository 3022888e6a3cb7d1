package org.termite.runtime.proc;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Receive timeouts and sleeps: one timer thread for all waiting processes. */
final class Timers implements java.util.concurrent.ThreadFactory {
    private final Scheduler scheduler;
    private final ScheduledThreadPoolExecutor executor;

    Timers(Scheduler scheduler) {
        this.scheduler = scheduler;
        executor = new ScheduledThreadPoolExecutor(1, this);
        executor.setRemoveOnCancelPolicy(true);
    }

    /** The timer thread (this is its factory rather than a lambda, which would cost start-up a spun class). */
    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, "termite-timers");
        t.setDaemon(true);
        return t;
    }

    /** Runs {@code task} on the timer thread after {@code delayNanos}; it must be short and never block. */
    void after(long delayNanos, Runnable task) {
        executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    /** Wakes {@code p} at {@code deadline} (a System.nanoTime value) unless it runs again before. */
    ScheduledFuture<?> wakeAt(Process p, long deadline) {
        long delay = Math.max(0, deadline - System.nanoTime());
        return executor.schedule(() -> {
            p.requestWake();
            scheduler.wake(p);
        }, delay, TimeUnit.NANOSECONDS);
    }
}
