package org.termite.runtime.exec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends the program after a condition the JVM cannot recover from (out of memory, a stack overflow outside
 * compiled Scheme code, an internal error of the JVM), on whichever thread it strikes: one {@code error:} line
 * on standard error, then exit code {@value #EXIT_CODE} within a couple of seconds. Left alone, such an error
 * kills a worker thread, the rest of the program waits for it forever, and the JVM stays alive.
 *
 * <p>When the heap is exhausted the data that filled it is usually still reachable, so the way out must not
 * need the heap: loading a class, linking a lambda or an atomic's VarHandle, or starting a thread all allocate,
 * and fail then. So {@link #install} makes the report's lines and stream, loads the classes the halt uses, and
 * starts the watchdog thread that halts the JVM once the grace period is over, whatever the dying thread
 * manages to do meanwhile.
 */
public final class Fatal {
    /** The exit code of a program that ended by an error, uncaught or fatal (BSD's EX_SOFTWARE). */
    public static final int EXIT_CODE = 70;
    /** How long the last flush of standard output and the report may take before the JVM is halted anyway. */
    private static final long GRACE_NANOS = 2_000_000_000L;
    private static final long POLL_NANOS = 250_000_000L;

    /** Written under the monitor of {@link #LOCK}; the watchdog reads it (volatile) to know when to halt. */
    private static volatile long dyingSince;
    private static final Object LOCK = new Object();
    // Set at start-up, run by whichever thread dies.
    private static volatile Runnable flushOutput;
    private static boolean installed;
    private static byte[] outOfMemory;
    private static byte[] stackOverflow;
    private static byte[] internal;
    private static FileOutputStream err;
    private static boolean debug;
    /** Given back at the first fatal error, for the few objects the report may still make. */
    @SuppressWarnings("unused")
    // Dropped by the dying thread so that others see the memory freed.
    private static volatile byte[] reserve;

    private Fatal() {}

    /** Makes an uncaught VM error on any thread fatal; other uncaught exceptions keep the JVM's default report. */
    public static void install() {
        synchronized (LOCK) {
            if (installed) {
                return;
            }
            installed = true;
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            outOfMemory = line("error: out of memory (the heap limit is " + mb + " MB; the JVM option -Xmx raises it)");
            stackOverflow = line("error: stack overflow in the runtime (outside compiled Scheme code)");
            internal = line("error: internal error of the JVM");
            err = new FileOutputStream(FileDescriptor.err);
            debug = Boolean.getBoolean("termite.debug");
            reserve = new byte[(int) Math.min(1 << 20, Runtime.getRuntime().maxMemory() / 64)];
            try {
                err.write(new byte[0]);
                Class.forName("java.lang.Shutdown", true, null);
            } catch (ReflectiveOperationException | java.io.IOException | SecurityException e) {
                // the report may then fail; the halt does not depend on it
            }
            Thread watchdog = new Watchdog();
            watchdog.setDaemon(true);
            watchdog.start();
        }
        Thread.setDefaultUncaughtExceptionHandler(new Handler(Thread.getDefaultUncaughtExceptionHandler()));
    }

    // A thread subclass and a handler class rather than lambdas: install runs on every start-up, where each
    // lambda costs a class spun at run time.

    /** The watchdog: it runs from the start, so that nothing on its way to the halt is done for the first time then. */
    private static final class Watchdog extends Thread {
        Watchdog() {
            super("termite-fatal");
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (true) {
                LockSupport.parkNanos(POLL_NANOS);
                long since = dyingSince;
                if (since != 0 && System.nanoTime() - since > GRACE_NANOS) {
                    runtime.halt(EXIT_CODE);
                }
            }
        }
    }

    private static final class Handler implements Thread.UncaughtExceptionHandler {
        private final Thread.UncaughtExceptionHandler previous;

        Handler(Thread.UncaughtExceptionHandler previous) {
            this.previous = previous;
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            if (e instanceof VirtualMachineError vm) {
                die(vm);
            } else if (previous != null) {
                previous.uncaughtException(t, e);
            } else {
                t.getThreadGroup().uncaughtException(t, e);
            }
        }
    }

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reports the error and halts the JVM; never returns. A second fatal error waits for the first's halt. */
    /**
     * Sets what pushes the program's pending standard output out before the report: the console lives in a package
     * above this one, and makes its flush here while memory is plentiful.
     */
    public static void flushOutputWith(Runnable flush) {
        flushOutput = flush;
    }

    public static void die(VirtualMachineError e) {
        install();
        boolean first;
        synchronized (LOCK) {
            first = dyingSince == 0;
            if (first) {
                dyingSince = Math.max(1, System.nanoTime());
            }
        }
        reserve = null;
        if (first) {
            report(e);
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        while (true) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static void report(VirtualMachineError e) {
        try {
            // What the program printed before comes first, if there is memory to do it.
            Runnable flush = flushOutput;
            if (flush != null) {
                flush.run();
            }
        } catch (Throwable ignored) {
            // a closed or broken standard output, or no memory: the report still goes out
        }
        try {
            // Straight to the file descriptor: System.err's lock might be held by the thread that ran out.
            err.write(e instanceof OutOfMemoryError ? outOfMemory : e instanceof StackOverflowError ? stackOverflow : internal);
            if (debug) {
                e.printStackTrace();
            }
        } catch (Throwable ignored) {
            // nothing more can be said; the halt follows
        }
    }
}
