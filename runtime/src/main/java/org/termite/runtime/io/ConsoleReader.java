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
    private final StringBuilder buffer = new StringBuilder();
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

    private void pump() {
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

    /** Whether a read needing a whole line ({@code line}) or one character would return without waiting. */
    synchronized boolean readable(boolean line) {
        start();
        return eof || (line ? buffer.indexOf("\n") >= 0 : buffer.length() > 0);
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
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }
        if (buffer.length() == 0) {
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
