package org.termite.runtime.io;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or standard error. Text collects in a buffer and goes out as UTF-8 when flushed, when the
 * buffer passes {@link #LIMIT}, or, for standard error, after every write operation. The Java stream is
 * looked up at each flush, so a host that redirects System.out or System.err gets the output.
 */
public final class ConsoleOutputPort extends TextOutputPort {
    private static final int LIMIT = 8192;

    private final StringBuilder buffer = new StringBuilder();
    private final boolean error;

    public ConsoleOutputPort(boolean error) {
        super(error ? "stderr" : "stdout");
        this.error = error;
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
        if (error || buffer.length() >= LIMIT) {
            flushOut();
        }
    }

    @Override
    protected void flushOut() {
        PrintStream target = error ? System.err : System.out;
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            target.write(bytes, 0, bytes.length);
        }
        target.flush();
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
