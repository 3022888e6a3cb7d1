package org.termite.compiler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termite repl}: reads, compiles and runs forms one at a time. */
@Command(name = "repl", mixinStandardHelpOptions = true, description = "Starts an interactive session.")
final class ReplCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return new Repl(System.in, System.out, System.err).run();
    }
}
