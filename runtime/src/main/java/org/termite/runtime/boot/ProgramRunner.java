package org.termite.runtime.boot;

import java.io.PrintStream;
import org.termite.runtime.exec.Trampoline;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.ExitSignal;
import org.termite.runtime.exec.Fatal;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Pending;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Uncaught;

/**
 * Runs a program on a thread of its own and turns its outcome into an exit code: 0 when the top level
 * returns, the code given to exit, or 70 after printing an uncaught error and its backtrace. A Java stack
 * trace is shown only when the system property {@code termite.debug} is set.
 */
public final class ProgramRunner {
    public static final int UNCAUGHT_ERROR = org.termite.runtime.exec.Fatal.EXIT_CODE;

    private ProgramRunner() {}

    public interface Body {
        Object run() throws Exception;
    }

    /** Produces the program's top-level procedure; may throw {@link ExitSignal} (e.g. after a compile error). */
    public interface Loader {
        Procedure load() throws Exception;
    }

    /**
     * Runs a program as the first process of this node: loads it on the calling thread, runs its top level in
     * the scheduler, and returns the exit code once the top level returns, any process calls exit, or the top
     * level fails. Other processes do not keep the program alive.
     */
    public static int runProgram(Loader loader) {
        Fatal.install();
        Procedure top;
        try {
            top = loader.load();
        } catch (ExitSignal e) {
            org.termite.runtime.io.Ports.flushAll();
            return e.code;
        } catch (Uncaught e) {
            reportUncaught(e.payload, System.err, Context.current());
            return UNCAUGHT_ERROR;
        } catch (Throwable e) {
            internalError(e);
            return UNCAUGHT_ERROR;
        }
        org.termite.runtime.proc.Scheduler scheduler = org.termite.runtime.proc.Scheduler.get();
        ProgramEnd end = new ProgramEnd();
        scheduler.onProgramExit(end);
        // The library's %run-program runs the top level, then main with the command-line arguments if the
        // program defined one, as Gambit runs a script.
        Object runner = Globals.cell("%run-program").value;
        org.termite.runtime.proc.Process main = scheduler.create(
                new TopLevel(runner instanceof Procedure r ? r : null, top), DynamicState.EMPTY, end);
        scheduler.start(main);
        int result = end.await();
        org.termite.runtime.io.Ports.flushAll();
        System.err.flush();
        return result;
    }

    // The classes below are named classes rather than lambdas: each lambda on the way to a program's first line
    // costs its start-up a class spun at run time.

    /** The first process's body: the top level, through the library's %run-program when there is one. */
    private static final class TopLevel implements Pending {
        private final Procedure runner;
        private final Procedure top;

        TopLevel(Procedure runner, Procedure top) {
            this.runner = runner;
            this.top = top;
        }

        @Override
        public Object run(org.termite.runtime.exec.Frame k) {
            return runner != null ? runner.apply1(Trampoline.baseDepth(), top) : top.apply0(Trampoline.baseDepth());
        }
    }

    /** The program's exit code: set once, by exit in any process or by the end of the first process. */
    private static final class ProgramEnd implements java.util.function.IntConsumer,
            org.termite.runtime.proc.ExitListener, java.util.function.BooleanSupplier {
        // Guarded by this; the first code set wins.
        private boolean done;
        private int code;

        synchronized void complete(int c) {
            if (!done) {
                done = true;
                code = c;
                notifyAll();
            }
        }

        synchronized int await() {
            org.termite.runtime.exec.ThreadWait.until(this, this);
            return code;
        }

        /** Whether the code is set; read under this object's lock. */
        @Override
        public boolean getAsBoolean() {
            return done;
        }

        @Override
        public void accept(int exitCode) {
            complete(exitCode);
        }

        @Override
        public void exited(org.termite.runtime.proc.Process p, org.termite.runtime.value.Symbol reason, Object value) {
            if (reason == org.termite.runtime.proc.TermiteException.FAILURE) {
                reportUncaught(value, System.err, p.context);
                complete(UNCAUGHT_ERROR);
            } else {
                complete(0);
            }
        }
    }

    private static void internalError(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            Fatal.die(fatal);
        }
        org.termite.runtime.io.Ports.diagnostic("internal error: " + e + "\n");
        if (Boolean.getBoolean("termite.debug")) {
            e.printStackTrace();
        }
    }

    public static int run(Body body) {
        AtomicInteger code = new AtomicInteger();
        Thread t = new org.termite.runtime.exec.SchemeThread(() -> code.set(runHere(body)), "termite-main");
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
            internalError(e);
            code = UNCAUGHT_ERROR;
        }
        org.termite.runtime.io.Ports.flushAll();
        System.err.flush();
        return code;
    }

    public static void reportUncaught(Object payload, PrintStream err) {
        reportUncaught(payload, err, Context.current());
    }

    /** The message an uncaught raise of {@code payload} prints. */
    public static String describe(Object payload) {
        return org.termite.runtime.proc.FailureText.describe(payload);
    }

    /** The report of an uncaught error: the message, then the backtrace, one line each. */
    public static String uncaughtReport(Object payload, Context context) {
        StringBuilder report = new StringBuilder("error: ").append(describe(payload)).append('\n');
        for (String line : context.backtraceOf(payload)) {
            report.append("  at ").append(line).append('\n');
        }
        return report.toString();
    }

    /**
     * Prints an uncaught error's report after the program's output. To the process's own standard error it goes
     * through the console port, whose lock order keeps it from deadlocking with program output.
     */
    public static void reportUncaught(Object payload, PrintStream err, Context context) {
        String report = uncaughtReport(payload, context);
        if (err == System.err) {
            org.termite.runtime.io.Ports.diagnostic(report);
        } else {
            org.termite.runtime.io.Ports.flushAll();
            err.print(report);
            err.flush();
        }
    }
}
