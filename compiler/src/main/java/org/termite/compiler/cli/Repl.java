package org.termite.compiler.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Placeholder until the interactive loop lands. */
final class Repl {
    Repl(InputStream in, PrintStream out, PrintStream err) {}

    int run() {
        return 0;
    }
}
