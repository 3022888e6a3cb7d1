package org.termite.runtime.io;

import java.io.PrintStream;

/**
 * What happens when standard output can no longer be written: the program ends at once and quietly, with exit
 * code 141 (128 + SIGPIPE), what a shell reports for a C program killed by SIGPIPE. Without this the JVM, which
 * ignores SIGPIPE, would keep running a program whose output goes nowhere ({@code termite run loop.scm | head}).
 */
public final class BrokenPipe {
    public static final int EXIT_CODE = 141;

    /** The stream the JVM started with on file descriptor 1; a stream a host installed is its own business. */
    private static final PrintStream ORIGINAL = System.out;

    private BrokenPipe() {}

    /** Called when the console ports are made, so that {@link #ORIGINAL} is the stream of the JVM's start. */
    static void watch() {}

    static void stdoutClosed(PrintStream target) {
        if (target != ORIGINAL) {
            return;
        }
        // halt, not exit: shutdown hooks would flush standard output again, and an exit called while exit runs
        // blocks forever. Standard error is written unbuffered, so nothing of it is lost.
        Runtime.getRuntime().halt(EXIT_CODE);
    }
}
