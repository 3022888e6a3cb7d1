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
        java.util.concurrent.CompletableFuture<Integer> code = new java.util.concurrent.CompletableFuture<>();
        org.termite.runtime.proc.Scheduler scheduler = org.termite.runtime.proc.Scheduler.get();
        scheduler.onProgramExit(code::complete);
        // The library's %run-program runs the top level, then main with the command-line arguments if the
        // program defined one, as Gambit runs a script.
        Object runner = Globals.cell("%run-program").value;
        Pending start = runner instanceof Procedure r ? k -> r.apply1(Trampoline.baseDepth(), top) : k -> top.apply0(Trampoline.baseDepth());
        org.termite.runtime.proc.Process main = scheduler.create(start, DynamicState.EMPTY, (p, reason, value) -> {
            if (reason == org.termite.runtime.proc.TermiteException.FAILURE) {
                reportUncaught(value, System.err, p.context);
                code.complete(UNCAUGHT_ERROR);
            } else {
                code.complete(0);
            }
        });
        scheduler.start(main);
        int result = code.join();
        org.termite.runtime.io.Ports.flushAll();
        System.err.flush();
        return result;
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
