package org.termite.compiler.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Runs a command in this JVM with standard input, output and error replaced. The commands, and the programs
 * they run, write both through picocli's writers and straight to System.out and System.err, so both are
 * captured, into the same two buffers.
 */
final class Console {
    record Result(int code, String out, String err) {}

    private Console() {}

    static Result execute(Object command, String stdin, String... args) {
        return capture(stdin, () -> {
            CommandLine cli = new CommandLine(command);
            cli.setOut(new PrintWriter(System.out, true));
            cli.setErr(new PrintWriter(System.err, true));
            return cli.execute(args);
        });
    }

    /** Runs {@code termite} as its main method parses the arguments. */
    static Result executeTermite(String stdin, String... args) {
        return capture(stdin, () -> {
            CommandLine cli = TermiteMain.commandLine();
            cli.setOut(new PrintWriter(System.out, true));
            cli.setErr(new PrintWriter(System.err, true));
            return cli.execute(TermiteMain.withRunImplied(args, cli.getSubcommands().keySet()));
        });
    }

    static Result capture(String stdin, Callable<Integer> body) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = body.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
