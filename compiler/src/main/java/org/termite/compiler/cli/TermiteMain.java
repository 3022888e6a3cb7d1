package org.termite.compiler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code termite}: runs Scheme programs (compiled in memory), the REPL, bare nodes and
 * test programs. {@code termite FILE.scm ARGS...} is
 * short for {@code termite run FILE.scm ARGS...}, as {@code gsi FILE.scm} or {@code racket FILE.rkt}.
 */
@Command(name = "termite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs Termite Scheme programs.",
        subcommands = {RunCommand.class, ReplCommand.class, NodeCommand.class, TestCommand.class})
public final class TermiteMain implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        System.exit(cli.execute(withRunImplied(args, cli.getSubcommands().keySet())));
    }

    /**
     * The command line as main parses it: option parsing stops at the first positional parameter, so that in
     * {@code termite run prog.scm --help -v x} the options after the program are the program's arguments.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TermiteMain());
        cli.setStopAtPositional(true);
        return cli;
    }

    /** Puts {@code run} in front of arguments that start with a file rather than one of the subcommands or an option. */
    static String[] withRunImplied(String[] args, java.util.Set<String> subcommands) {
        if (args.length == 0 || args[0].startsWith("-") || subcommands.contains(args[0])) {
            return args;
        }
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
