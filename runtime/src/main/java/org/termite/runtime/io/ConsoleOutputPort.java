package org.termite.runtime.io;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or standard error. Text collects in a buffer and goes out as UTF-8 when flushed, when the
 * buffer passes {@link #LIMIT}, for standard error after every write operation, and for standard output on a
 * terminal at the end of every line. The Java stream is looked up at each flush, so a host that redirects
 * System.out or System.err gets the output.
 *
 * <p>Lock order: this port's monitor, then the Java stream's (a PrintStream locks itself in write). Nothing
 * may take a console port's monitor while holding a PrintStream's or another port's: diagnostics go through
 * {@link #writeDiagnostic}, which keeps that order, so program output and error reports cannot deadlock.
 */
public final class ConsoleOutputPort extends TextOutputPort {
    private static final int LIMIT = 8192;

    private final StringBuilder buffer = new StringBuilder();
    private final boolean error;
    /** Set when standard output is a terminal: a person watching wants each line as it is written. */
    private volatile boolean lineBuffered;
    /** Where the search for a line end resumes: the buffer before it holds none. */
    private int scanned;

    public ConsoleOutputPort(boolean error) {
        super(error ? "stderr" : "stdout");
        this.error = error;
    }

    /** Flush at the end of each line (a terminal), or only when the buffer fills or is flushed (a pipe, a file). */
    public void lineBuffered(boolean on) {
        lineBuffered = on;
    }

    @Override
    protected void put(int codePoint) {
        buffer.appendCodePoint(codePoint);
    }

    @Override
    protected void put(CharSequence s) {
        buffer.append(s);
    }

    @Override
    protected StringBuilder builder() {
        return buffer;
    }

    @Override
    protected void afterWrite() {
        if (error || buffer.length() >= LIMIT || (lineBuffered && endsLine())) {
            flushOut();
        }
    }

    private boolean endsLine() {
        for (int i = buffer.length() - 1; i >= scanned; i--) {
            if (buffer.charAt(i) == '\n') {
                return true;
            }
        }
        scanned = buffer.length();
        return false;
    }

    /**
     * Where console text goes instead of System.out and System.err, when set: the REPL on a terminal prints
     * it above the line being edited. Called with this port's monitor held (the lock order above).
     */
    public interface Sink {
        void write(boolean error, String text);
    }

    // Replaced by tests and the REPL, read by every writer of the console.
    private static volatile Sink sink;

    public static void redirect(Sink s) {
        sink = s;
    }

    @Override
    protected void flushOut() {
        Sink s = sink;
        if (s != null) {
            if (buffer.length() > 0) {
                String text = buffer.toString();
                buffer.setLength(0);
                scanned = 0;
                s.write(error, text);
            }
            return;
        }
        PrintStream target = error ? System.err : System.out;
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            scanned = 0;
            target.write(bytes, 0, bytes.length);
        }
        target.flush();
        if (!error && target.checkError()) {
            // PrintStream turns a write error into a flag. On the process's own standard output that error is a
            // closed pipe (`| head`) or a lost terminal: nobody reads any more, so the program ends as a C
            // program killed by SIGPIPE would.
            BrokenPipe.stdoutClosed(target);
        }
    }

    /**
     * Writes an error report: the program's standard output first, so that the report comes after what the
     * program printed before it, then the text, in one piece. Writes even after the port was closed.
     */
    void writeDiagnostic(String text) {
        synchronized (this) {
            buffer.append(text);
            flushOut();
        }
    }

    /** Flushes what waits, if anything does; for the periodic flush of {@link Ports}. */
    synchronized void flushIfPending() {
        if (buffer.length() > 0) {
            flushOut();
        }
    }

    /** Flushes whether or not the port was closed: output written before close-port must not be lost. */
    synchronized void flushAtExit() {
        flushOut();
    }

    @Override
    protected void release() {
        flushOut();
    }
}
