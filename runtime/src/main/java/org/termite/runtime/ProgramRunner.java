package org.termite.runtime;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a program on a thread of its own and turns its outcome into an exit code: 0 when the top level
 * returns, the code given to exit, or 70 after printing an uncaught error and its backtrace. A Java stack
 * trace is shown only when the system property {@code termite.debug} is set.
 */
public final class ProgramRunner {
    /** The Scheme stack lives in the heap, but Java code called from Scheme still needs a roomy JVM stack. */
    private static final long STACK_BYTES = 256L << 20;

    public static final int UNCAUGHT_ERROR = 70;

    private ProgramRunner() {}

    public interface Body {
        Object run() throws Exception;
    }

    public static int run(Body body) {
        AtomicInteger code = new AtomicInteger();
        Thread t = new Thread(null, () -> code.set(runHere(body)), "termite-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return code.get();
    }

    /** Runs on the current thread; returns the exit code. */
    public static int runHere(Body body) {
        int code;
        try {
            body.run();
            code = 0;
        } catch (ExitSignal e) {
            code = e.code;
        } catch (Uncaught e) {
            reportUncaught(e.payload, System.err);
            code = UNCAUGHT_ERROR;
        } catch (Throwable e) {
            System.err.println("internal error: " + e);
            if (Boolean.getBoolean("termite.debug")) {
                e.printStackTrace();
            }
            code = UNCAUGHT_ERROR;
        }
        org.termite.runtime.io.Ports.flushAll();
        System.err.flush();
        return code;
    }

    public static void reportUncaught(Object payload, PrintStream err) {
        org.termite.runtime.io.Ports.flushAll();
        String message = payload instanceof ErrorObject e ? e.describe()
                : "uncaught exception: " + org.termite.runtime.text.Printer.toWriteString(payload);
        err.println("error: " + message);
        List<String> trace = Context.current().backtraceOf(payload);
        for (String line : trace) {
            err.println("  at " + line);
        }
        err.flush();
    }
}
