package org.termite.runtime.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Standard input, read by a thread of its own (started at the first read) into a buffer. A process that wants
 * input that has not arrived parks and asks to be woken ({@link #whenReadable}) instead of blocking a scheduler
 * thread; code outside the scheduler simply blocks in {@link #read}.
 */
final class ConsoleReader extends Reader {
    /** Lines of input from somewhere else than System.in: the REPL's line editor, which owns the terminal. */
    public interface LineSource {
        /** The next line, without its end; null at the end of the input (Ctrl-D). */
        String readLine();
    }

    private final StringBuilder buffer = new StringBuilder();
    /** Set before the first read; with it, a line is read only when a reader wants one (see {@link #pumpLines}). */
    private volatile LineSource source;
    /** A reader waits for more than the buffer holds: the line pump may read the next line. */
    private boolean wanted;
    /** The line pump is reading a line: a reader that wants more meanwhile is served by that line. */
    private boolean pumping;
    private final Waiters waiters = new Waiters();
    private boolean eof;
    private boolean started;

    private synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread t = new Thread(this::pump, "termite-stdin");
        t.setDaemon(true);
        t.start();
    }

    void readFrom(LineSource s) {
        source = s;
    }

    private void pump() {
        if (source != null) {
            pumpLines(source);
            return;
        }
        char[] chunk = new char[8192];
        try (Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
            while (true) {
                int n = in.read(chunk);
                synchronized (this) {
                    if (n < 0) {
                        eof = true;
                    } else {
                        buffer.append(chunk, 0, n);
                    }
                    notifyAll();
                }
                waiters.wakeAll();
                if (n < 0) {
                    return;
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                eof = true;
                notifyAll();
            }
            waiters.wakeAll();
        }
    }

    /**
     * Reads a line from the source each time a reader wants more, never ahead: the REPL's prompt reads from the
     * same terminal, and a line typed for the prompt must not be taken as the program's input. The end of the
     * input (Ctrl-D) is reported to one read, not forever: the REPL goes on, and so may the next read-line.
     */
    private void pumpLines(LineSource s) {
        while (true) {
            synchronized (this) {
                while (!wanted) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                wanted = false;
                pumping = true;
            }
            String line = s.readLine();
            synchronized (this) {
                pumping = false;
                if (line == null) {
                    eof = true;
                } else {
                    buffer.append(line).append('\n');
                }
                notifyAll();
            }
            waiters.wakeAll();
        }
    }

    private void want() {
        if (source != null && !wanted && !pumping) {
            wanted = true;
            notifyAll();
        }
    }

    /** After a read saw the end of a line source's input: the next read asks for input again. */
    private void endSeen() {
        if (source != null) {
            eof = false;
        }
    }

    /** Whether a read needing a whole line ({@code line}) or one character would return without waiting. */
    synchronized boolean readable(boolean line) {
        start();
        boolean ready = eof || (line ? buffer.indexOf("\n") >= 0 : buffer.length() > 0);
        if (!ready) {
            want();
        }
        return ready;
    }

    /** Runs {@code wake} once the buffer grows or input ends; at once if it is readable already. */
    void whenReadable(boolean line, Runnable wake) {
        synchronized (this) {
            if (!readable(line)) {
                waiters.add(wake);
                return;
            }
        }
        wake.run();
    }

    @Override
    public synchronized int read(char[] into, int off, int len) throws IOException {
        start();
        while (buffer.length() == 0 && !eof) {
            want();
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }
        if (buffer.length() == 0) {
            endSeen();
            return -1;
        }
        int n = Math.min(len, buffer.length());
        buffer.getChars(0, n, into, off);
        buffer.delete(0, n);
        return n;
    }

    @Override
    public synchronized boolean ready() {
        start();
        return buffer.length() > 0 || eof;
    }

    @Override
    public void close() {
    }
}
