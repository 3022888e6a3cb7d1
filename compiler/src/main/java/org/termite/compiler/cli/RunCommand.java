package org.termite.compiler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Compiler;
import org.termite.compiler.Session;
import org.termite.runtime.boot.ProgramRunner;
import org.termite.runtime.exec.ExitSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code termite run FILE.scm [ARGS...]}: compiles in memory and runs. Everything after the file is the
 * program's ({@link TermiteMain#commandLine} stops option parsing at the first positional parameter).
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Compiles a program in memory and runs it.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.scm", description = "The program to run.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program's (command-line).")
    List<String> args = new ArrayList<>();

    @Option(names = "--trace", paramLabel = "PASS", description = "Print the IR after PASS (read, expand, "
            + "convert-assignments, inline-primitives, cps-convert, convert-closures) to stderr.")
    String trace;

    @Option(names = {"-I", "--library-path"}, paramLabel = "DIR",
            description = "Also look for imported libraries in DIR (repeatable).")
    List<Path> libraryPath = new ArrayList<>();

    @Mixin
    DiscoveryFlags discovery = new DiscoveryFlags();

    @Mixin
    ObserveOptions observe = new ObserveOptions();

    @Override
    public Integer call() {
        if (!discovery.applyOrReport()) {
            return 2;
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            System.err.println("error: cannot read " + file + ": " + FileErrors.reason(e));
            return 2;
        }
        org.termite.runtime.boot.CommandLine.set(file.toString(), args.toArray(new String[0]));
        return ProgramRunner.runProgram(() -> {
            Session session = new Session();
            libraryPath.forEach(d -> session.libraries().addRoot(d.toAbsolutePath()));
            if (trace != null) {
                session.compiler().trace(trace, System.err::println);
            }
            try {
                org.termite.runtime.exec.Procedure top = org.termite.runtime.boot.Boot.instantiate(
                        session.load(text, file.toString(), Compiler.moduleName(file.toString())));
                observe.startIfAsked();
                return top;
            } catch (CompileError e) {
                System.err.println("error: " + e.getMessage());
                throw new ExitSignal(1);
            }
        });
    }
}
