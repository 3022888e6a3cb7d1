package org.termite.compiler.cli;

import java.util.concurrent.CompletableFuture;
import org.termite.compiler.Session;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Scheduler;
import org.termite.runtime.proc.TermiteException;

/**
 * The process the REPL evaluates in: one long-lived process, so that (self), its mailbox and the processes it
 * links to persist from form to form, and so that a form may wait for messages. The REPL thread hands it each
 * compiled form and waits for the outcome; while no form is pending the process is parked, holding no thread.
 */
final class ReplProcess {
    /**
     * The process's loop: run each form and report its value. A form that raises an uncaught error ends the
     * process, as in Erlang's shell; the next form starts a new one.
     */
    /** The file name of the loop's code, which error reports leave out. */
    static final String LOOP_FILE = "repl-loop.scm";
    private static final String LOOP = "(lambda (next-form reply) (let loop () (reply ((next-form))) (loop)))";

    /** What became of a form: its value (a Values object for several), or the error that ended the process. */
    record Outcome(boolean ok, Object value) {}

    private final Procedure loop;
    private Process process;
    private Procedure pending;
    private Runnable wake;
    private CompletableFuture<Outcome> outcome;
    /** Set by {@link #interrupt} for the form it stops: its outcome then says "interrupted". */
    private boolean interrupted;

    ReplProcess(Session session) {
        loop = (Procedure) session.runForms(org.termite.compiler.Compiler.read(LOOP, LOOP_FILE, null), null, LOOP_FILE);
    }

    /** Runs a form's top-level procedure in the process and waits for its outcome. */
    Outcome evaluate(Procedure form) throws InterruptedException {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        Runnable toWake;
        synchronized (this) {
            if (process == null || !process.isAlive()) {
                start();
            }
            pending = form;
            outcome = result;
            interrupted = false;
            toWake = wake;
            wake = null;
        }
        if (toWake != null) {
            toWake.run();
        }
        try {
            return result.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    Process process() {
        return process;
    }

    /**
     * Ctrl-C: stops the form being evaluated by terminating the REPL's process (the next form gets a new one;
     * definitions are globals and stay). Processes it was waiting on are left alone. Without a form, nothing.
     */
    void interrupt() {
        Process p;
        synchronized (this) {
            if (outcome == null || process == null) {
                return;
            }
            interrupted = true;
            p = process;
        }
        org.termite.runtime.proc.ProcessPrims.terminate(p.pid);
    }

    private void start() {
        Procedure nextForm = new Procedure() {
            @Override
            public Object applyN(int d, Object[] args) {
                return take();
            }

            @Override
            public Object apply0(int d) {
                return take();
            }
        };
        Procedure reply = new Procedure() {
            @Override
            public Object applyN(int d, Object[] args) {
                return apply1(d, args[0]);
            }

            @Override
            public Object apply1(int d, Object value) {
                complete(new Outcome(true, value));
                return value;
            }
        };
        Scheduler s = Scheduler.get();
        process = s.create(k -> loop.apply2(0, nextForm, reply), DynamicState.EMPTY, (p, reason, value) -> {
            if (reason != Processes.NORMAL) {
                boolean byUser;
                synchronized (this) {
                    byUser = interrupted;
                    interrupted = false;
                }
                complete(new Outcome(false, reason == TermiteException.FAILURE ? value
                        : org.termite.runtime.exec.SchemeError.error(byUser ? "interrupted"
                                : "the REPL process was terminated").payload));
            }
        });
        s.start(process);
    }

    /** Called in the process: the next form, or park until the REPL thread gives one. */
    private Object take() {
        synchronized (this) {
            if (pending != null) {
                Procedure f = pending;
                pending = null;
                return f;
            }
        }
        Processes.parkUntil(w -> {
            boolean now;
            synchronized (this) {
                now = pending != null;
                if (!now) {
                    wake = w;
                }
            }
            if (now) {
                w.run();
            }
        }, this::take);
        throw new IllegalStateException("unreachable");
    }

    private void complete(Outcome value) {
        CompletableFuture<Outcome> f;
        synchronized (this) {
            f = outcome;
            outcome = null;
        }
        if (f != null) {
            f.complete(value);
        }
    }
}
