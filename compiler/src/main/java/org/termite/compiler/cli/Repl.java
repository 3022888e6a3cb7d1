package org.termite.compiler.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Session;
import org.termite.runtime.boot.ProgramRunner;
import org.termite.runtime.exec.ExitSignal;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.exec.Uncaught;
import org.termite.runtime.io.Ports;
import org.termite.runtime.text.Printer;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Unspecified;
import org.termite.runtime.value.Values;

/**
 * The read-eval-print loop. Each form is compiled in memory and run in one {@link Session}, so definitions and
 * macros persist from form to form. Errors are reported and the loop goes on; {@code (exit)} ends it with its
 * code, and the end of the input with 0.
 *
 * <p>Values are printed to {@code out}; the program's own output goes to the console ports, which write to
 * {@code System.out} and are flushed after every form so that it comes before the next prompt.
 */
final class Repl {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private int chunks;
    private java.util.concurrent.CompletableFuture<Integer> exited;
    private ReplProcess process;

    Repl(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the loop to its end; returns the exit code. */
    int run() {
        AtomicInteger code = new AtomicInteger();
        // Everything runs on one thread with a deep stack, as ProgramRunner gives a program.
        Thread t = new org.termite.runtime.exec.SchemeThread(() -> code.set(loop()), "termite-repl");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return code.get();
    }

    private int loop() {
        // Out of memory and the like end the session with one line, as they end a program.
        org.termite.runtime.exec.Fatal.install();
        Session session = new Session();
        java.util.concurrent.CompletableFuture<Integer> exited = new java.util.concurrent.CompletableFuture<>();
        org.termite.runtime.proc.Scheduler.get().onProgramExit(exited::complete);
        ReplProcess process = new ReplProcess(session);
        this.exited = exited;
        this.process = process;
        try (ReplInput input = openInput()) {
            if (input instanceof TerminalInput) {
                out.println(new Version().getVersion()[0] + " -- type ,help for help, ,q or Ctrl-D to quit");
            }
            for (String chunk = input.nextChunk(); chunk != null; chunk = input.nextChunk()) {
                if (chunk.strip().startsWith(",")) {
                    if (ReplCommands.run(chunk.strip(), out, err)) {
                        return 0;
                    }
                    continue;
                }
                Integer exit = evalChunk(session, chunk);
                if (exit != null) {
                    return exit;
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("error: cannot read input: " + e.getMessage());
            return 2;
        }
    }

    /** A terminal gets line editing; anything else (a pipe, a file, a test's stream) is read plainly. */
    private ReplInput openInput() throws IOException {
        if (in == System.in && isTerminal()) {
            return new TerminalInput(() -> {
                ReplProcess p = process;
                if (p != null) {
                    p.interrupt();
                }
            });
        }
        return new PipedInput(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    /**
     * Up to JDK 21 a console exists only when standard input and output are a terminal; from JDK 22 on it may
     * exist anyway, and Console.isTerminal (absent from 17, hence the reflection) tells.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Evaluates every form of a chunk in turn; returns the exit code if one of them exited. */
    private Integer evalChunk(Session session, String chunk) {
        // Each input gets a file name of its own (repl1.scm, repl2.scm...), so that a position in an error or
        // a backtrace tells which input it is in. Backtraces show only positions in files named *.scm.
        String file = "repl" + (chunks + 1) + ".scm";
        SourcePositions positions = new SourcePositions();
        List<Object> forms;
        try {
            forms = ReplInput.readAll(chunk, file, positions);
        } catch (SchemeError e) {
            chunks++;
            err.println("error: " + e.getMessage());
            return null;
        }
        if (!forms.isEmpty()) {
            chunks++;
        }
        for (Object form : forms) {
            try {
                Integer code = evaluate(session, form, positions, file);
                if (code != null) {
                    return code;
                }
            } catch (ExitSignal e) {
                return e.code;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            } catch (CompileError e) {
                Ports.flushAll();
                err.println("error: " + e.getMessage());
            } catch (Uncaught e) {
                report(ProgramRunner.uncaughtReport(e.payload, org.termite.runtime.exec.Context.current()));
            } catch (RuntimeException | StackOverflowError e) {
                Ports.flushAll();
                err.println("internal error: " + e);
                if (Boolean.getBoolean("termite.debug")) {
                    e.printStackTrace(err);
                }
            } finally {
                Ports.flushAll();
                out.flush();
                err.flush();
            }
        }
        return null;
    }

    private int forms;

    /** Compiles a form, runs it in the REPL process and prints the outcome; an exit code if it ended the program. */
    private Integer evaluate(Session session, Object form, SourcePositions positions, String file) throws InterruptedException {
        String module = "repl_form" + (++forms);
        org.termite.runtime.exec.Procedure top = org.termite.runtime.boot.Boot.instantiate(
                session.define(session.compiler().compileForms(List.of(form), positions, file, module), module));
        java.util.concurrent.CompletableFuture<ReplProcess.Outcome> outcome = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.evaluate(top);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        });
        ReplProcess.Outcome result;
        try {
            java.util.concurrent.CompletableFuture.anyOf(outcome, exited).get();
            if (exited.isDone()) {
                return exited.getNow(0);
            }
            result = outcome.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (result.ok()) {
            print(result.value());
        } else {
            report(ProgramRunner.uncaughtReport(result.value(), process.process().context));
        }
        return null;
    }

    /** An error's report, without the frames of the REPL's own loop, which say nothing about the error. */
    private void report(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.contains(ReplProcess.LOOP_FILE)) {
                sb.append(line).append('\n');
            }
        }
        Ports.flushAll();
        err.print(sb);
        err.flush();
    }

    private void print(Object value) {
        Ports.flushAll();
        if (value instanceof Values vs) {
            for (Object v : vs.values) {
                out.println(Printer.toWriteString(v));
            }
        } else if (value != Unspecified.VALUE) {
            out.println(Printer.toWriteString(value));
        }
    }
}
