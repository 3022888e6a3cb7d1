package org.termite.compiler.cli;

import java.io.PrintStream;

/** The REPL's own commands, typed at the prompt with a leading comma as in Gambit and Chez: ,help and ,q. */
final class ReplCommands {
    static final String HELP = String.join("\n",
            "Type a Scheme form to evaluate it; definitions and macros stay for the whole session.",
            "  ,help ,h ,?    this help",
            "  ,q ,quit       leave the REPL (so do Ctrl-D at an empty prompt and (exit))",
            "  Ctrl-C         stop the running form, or clear the line being typed",
            "  Tab            complete a defined name",
            "Output of other processes is printed above the prompt.");

    private ReplCommands() {}

    /** Runs a command; true when the REPL should end. */
    static boolean run(String command, PrintStream out, PrintStream err) {
        switch (command) {
            case ",q", ",quit", ",exit":
                return true;
            case ",help", ",h", ",?":
                out.println(HELP);
                return false;
            default:
                err.println("error: unknown command " + command + " (,help lists the commands)");
                return false;
        }
    }
}
