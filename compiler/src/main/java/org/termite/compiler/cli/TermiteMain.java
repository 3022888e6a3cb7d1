package org.termite.compiler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code termite}: runs Scheme programs (compiled in memory), the REPL and test programs. */
@Command(name = "termite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs Termite Scheme programs.",
        subcommands = {RunCommand.class, ReplCommand.class, NodeCommand.class, TestCommand.class})
public final class TermiteMain implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TermiteMain()).execute(args));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
