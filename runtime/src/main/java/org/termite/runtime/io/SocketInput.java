package org.termite.runtime.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes a connection has received, read from the socket by a thread of its own into a buffer, so that a
 * process reading the connection parks until enough has arrived instead of blocking a scheduler thread. The
 * buffer is bounded: when the program does not read, the thread stops reading and TCP's flow control slows the
 * sender down.
 */
final class SocketInput {
    static final int LIMIT = 1 << 20;
    /** The pump threads block in the kernel, not in Java code: a small stack is enough. */
    private static final long PUMP_STACK_BYTES = 256 * 1024;

    private final InputStream in;
    private final String peer;
    private byte[] buffer = new byte[8192];
    private int start;
    private int end;
    private boolean eof;
    private IOException failure;
    private final Waiters waiters = new Waiters();

    SocketInput(InputStream in, String peer) {
        this.in = in;
        this.peer = peer;
        Thread t = new Thread(null, this::pump, "termite-tcp " + peer, PUMP_STACK_BYTES);
        t.setDaemon(true);
        t.start();
    }

    private void pump() {
        byte[] chunk = new byte[8192];
        while (true) {
            int n;
            try {
                synchronized (this) {
                    while (end - start >= LIMIT && !eof) {
                        wait();
                    }
                    if (eof) {
                        return;
                    }
                }
                n = in.read(chunk);
            } catch (IOException e) {
                synchronized (this) {
                    failure = eof ? null : e;
                    eof = true;
                    notifyAll();
                }
                waiters.wakeAll();
                return;
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (n < 0) {
                    eof = true;
                } else {
                    append(chunk, n);
                }
                notifyAll();
            }
            waiters.wakeAll();
            if (n < 0) {
                return;
            }
        }
    }

    private void append(byte[] chunk, int n) {
        if (end + n > buffer.length) {
            int live = end - start;
            byte[] target = live + n > buffer.length ? new byte[Math.max(buffer.length * 2, live + n)] : buffer;
            System.arraycopy(buffer, start, target, 0, live);
            buffer = target;
            start = 0;
            end = live;
        }
        System.arraycopy(chunk, 0, buffer, end, n);
        end += n;
    }

    /**
     * Whether a read would return without waiting: when {@code line}, once a newline or the end has arrived; else
     * once {@code bytes} bytes have (or the end).
     */
    synchronized boolean readable(boolean line, int bytes) {
        if (eof || failure != null) {
            return true;
        }
        if (!line) {
            return end - start >= bytes;
        }
        for (int i = start; i < end; i++) {
            if (buffer[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code wake} once more input or the end arrives; at once if the read would not wait. */
    void whenReadable(boolean line, int bytes, Runnable wake) {
        synchronized (this) {
            if (!readable(line, bytes)) {
                waiters.add(wake);
                return;
            }
        }
        wake.run();
    }

    synchronized int available() {
        return end - start;
    }

    /** The next byte, waiting for it; -1 at the end. */
    synchronized int read() throws IOException {
        if (!await()) {
            return -1;
        }
        int b = buffer[start++] & 0xff;
        consumed();
        return b;
    }

    /** Up to {@code len} bytes, waiting for at least one; -1 at the end. */
    synchronized int read(byte[] into, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!await()) {
            return -1;
        }
        int n = Math.min(len, end - start);
        System.arraycopy(buffer, start, into, off, n);
        start += n;
        consumed();
        return n;
    }

    private boolean await() throws IOException {
        while (start == end && !eof) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }
        if (start < end) {
            return true;
        }
        if (failure != null) {
            throw new IOException("connection with " + peer + " failed: " + failure.getMessage(), failure);
        }
        return false;
    }

    private void consumed() {
        if (end - start < LIMIT) {
            notifyAll();
        }
    }

    /** Stops the pump and wakes the readers, which see the end; called when the port's input side is closed. */
    void stop() {
        synchronized (this) {
            eof = true;
            notifyAll();
        }
        waiters.wakeAll();
    }

    /** The bytes as a stream, for the connection's binary input port. */
    InputStream asStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return SocketInput.this.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return SocketInput.this.read(b, off, len);
            }

            @Override
            public int available() {
                return SocketInput.this.available();
            }
        };
    }
}
