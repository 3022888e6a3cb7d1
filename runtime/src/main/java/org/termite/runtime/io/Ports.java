package org.termite.runtime.io;

import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Parameter;

/**
 * The console ports and the parameters holding the current ports. These are the only static port state:
 * every other port is a value owned by whoever opened it.
 */
public final class Ports {
    static final ConsoleReader CONSOLE = new ConsoleReader();
    public static final ReaderInputPort STDIN = new ReaderInputPort(CONSOLE, "stdin", true, false);
    public static final ConsoleOutputPort STDOUT = new ConsoleOutputPort(false);
    public static final ConsoleOutputPort STDERR = new ConsoleOutputPort(true);

    public static final Parameter CURRENT_INPUT = new Parameter(STDIN, null, "current-input-port");
    public static final Parameter CURRENT_OUTPUT = new Parameter(STDOUT, null, "current-output-port");
    public static final Parameter CURRENT_ERROR = new Parameter(STDERR, null, "current-error-port");

    static {
        BrokenPipe.watch();
        STDOUT.lineBuffered(StdoutTerminal.check());
        org.termite.runtime.exec.Fatal.flushOutputWith(new FatalFlush());
    }

    private Ports() {}

    /**
     * Binds the parameter objects themselves as the globals current-input-port, current-output-port and
     * current-error-port, replacing the primitives of those names, so that parameterize can rebind them.
     * Called once the primitives are installed.
     */
    public static void installParameters() {
        Globals.define("current-input-port", CURRENT_INPUT);
        Globals.define("current-output-port", CURRENT_OUTPUT);
        Globals.define("current-error-port", CURRENT_ERROR);
        startFlusher();
    }

    /** How long console output may wait in its buffer: a node's processes print long after the top level ended. */
    private static final long FLUSH_EVERY_MILLIS = 200;

    /**
     * Console output goes out within {@link #FLUSH_EVERY_MILLIS} even when no line end or exit flushes it, and what
     * is buffered when the JVM is asked to stop (SIGTERM, SIGINT) is written first, a second at most.
     */
    private static synchronized void startFlusher() {
        if (flusherStarted) {
            return;
        }
        flusherStarted = true;
        Thread t = new Flusher();
        t.setDaemon(true);
        t.start();
        Runtime.getRuntime().addShutdownHook(new ExitHook());
    }

    // The threads and the flush below are classes rather than lambdas: they are made at every start-up, where each
    // lambda costs a class spun at run time.

    private static final class FatalFlush implements Runnable {
        @Override
        public void run() {
            STDOUT.flush("exit");
        }
    }

    private static final class Flusher extends Thread {
        Flusher() {
            super("termite-console-flush");
        }

        @Override
        public void run() {
            while (true) {
                try {
                    Thread.sleep(FLUSH_EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                STDOUT.flushIfPending();
                STDERR.flushIfPending();
            }
        }
    }

    /** Flushes the ports on a thread of its own, waiting a second at most: a stuck write must not hold the exit. */
    private static final class ExitHook extends Thread {
        ExitHook() {
            super("termite-exit");
        }

        @Override
        public void run() {
            Thread flush = new Thread("termite-exit-flush") {
                @Override
                public void run() {
                    flushAll();
                }
            };
            flush.setDaemon(true);
            flush.start();
            try {
                flush.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean flusherStarted;

    /**
     * Writes an error report (text ending with a newline) to standard error, after whatever the program wrote to
     * standard output so far. Runtime code reports through here, never by writing System.err while holding a
     * lock: see the lock order in {@link ConsoleOutputPort}.
     */
    public static void diagnostic(String text) {
        STDOUT.flushAtExit();
        STDERR.writeDiagnostic(text);
    }

    /** Makes standard input come from a line editor (the REPL's) instead of System.in; before the first read. */
    public static void readConsoleFrom(java.util.function.Supplier<String> lines) {
        CONSOLE.readFrom(lines::get);
    }

    /**
     * Set when a file output port is first opened. Until then the exit flush leaves {@link FilePorts} alone: loading
     * a class at exit fails when the runtime's class loader is already closed (the Maven plugin's, when Maven ends),
     * and printed a stack trace at the end of every build.
     */
    static volatile boolean fileOutputOpened;

    /** Writes out whatever the console and file output ports still buffer; called when the program exits. */
    public static void flushAll() {
        if (fileOutputOpened) {
            FilePorts.flushOpenOutput();
        }
        STDOUT.flushAtExit();
        STDERR.flushAtExit();
    }
}
