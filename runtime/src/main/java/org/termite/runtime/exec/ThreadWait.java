package org.termite.runtime.exec;

import java.util.function.BooleanSupplier;

/**
 * A thread that waits outside any process, for something another thread will do and announce with
 * {@code notifyAll}: the program's exit code, a blocking call's value. Such a wait cannot be given up halfway, so an
 * interrupt meanwhile does not end it; it is kept, for the thread's next interruptible wait to see.
 */
public final class ThreadWait {
    private ThreadWait() {}

    /** Waits on {@code monitor}, whose lock the caller holds, until {@code done} holds (checked under that lock). */
    public static void until(Object monitor, BooleanSupplier done) {
        boolean interrupted = false;
        while (!done.getAsBoolean()) {
            try {
                monitor.wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
