package org.termite.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * The bytes a connection's ports have written, sent by a thread of its own: writing and flushing never block a
 * scheduler thread, even when the peer does not read. What waits to be sent is bounded: past {@link #LIMIT}, a
 * write fails with an error saying that the peer is not reading, instead of holding ever more memory.
 */
final class SocketOutput extends OutputStream {
    static final int LIMIT = 16 << 20;
    private static final long CLOSE_GRACE_MILLIS = 10_000;

    private final Socket socket;
    private final OutputStream out;
    private final String peer;
    private byte[] pending = new byte[8192];
    private int size;
    private boolean flushRequested;
    /** 0: open; 1: send what is pending, then shut the output down; 2: then close the socket. */
    private int ending;
    private IOException failure;
    private Thread sender;

    SocketOutput(Socket socket, String peer) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.peer = peer;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        room(1);
        pending[size++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        room(len);
        System.arraycopy(b, off, pending, size, len);
        size += len;
    }

    private void room(int n) throws IOException {
        if (failure != null) {
            throw new IOException("the connection with " + peer + " failed: " + failure.getMessage(), failure);
        }
        if (ending != 0) {
            throw new IOException("the connection's output side is closed");
        }
        if (size + n > LIMIT) {
            throw new IOException("the peer " + peer + " is not reading: " + size + " bytes wait to be sent");
        }
        if (size + n > pending.length) {
            pending = java.util.Arrays.copyOf(pending, Math.max(pending.length * 2, size + n));
        }
    }

    /** Hands what was written to the sending thread and returns at once. */
    @Override
    public synchronized void flush() throws IOException {
        if (failure != null) {
            throw new IOException("the connection with " + peer + " failed: " + failure.getMessage(), failure);
        }
        if (size > 0) {
            flushRequested = true;
            startSender();
            notifyAll();
        }
    }

    /** Sends what is pending, then the end of the stream (close-output-port), or closes the socket. */
    synchronized void end(boolean closeSocket) {
        ending = Math.max(ending, closeSocket ? 2 : 1);
        flushRequested = true;
        startSender();
        notifyAll();
    }

    private void startSender() {
        if (sender == null) {
            sender = new Thread(null, this::send, "termite-tcp-out " + peer, 256 * 1024);
            sender.setDaemon(true);
            sender.start();
        }
    }

    private void send() {
        int done = 0;
        while (true) {
            byte[] chunk;
            int n;
            int end;
            synchronized (this) {
                while (!(flushRequested && size > 0) && ending == done) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                chunk = pending;
                n = size;
                end = size == 0 ? ending : done;
                if (n > 0) {
                    pending = new byte[Math.min(Math.max(8192, n), 1 << 20)];
                    size = 0;
                }
                flushRequested = false;
            }
            try {
                if (n > 0) {
                    out.write(chunk, 0, n);
                    out.flush();
                } else if (end == 1 && done == 0) {
                    socket.shutdownOutput();
                    done = 1;
                } else if (end == 2) {
                    socket.close();
                    return;
                }
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                }
                return;
            }
        }
    }

    private static final java.util.concurrent.ScheduledExecutorService CLOSER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "termite-tcp-closer");
                t.setDaemon(true);
                return t;
            });

    /**
     * close-port: sends what is pending, then closes the socket; a peer that does not read gets {@value
     * #CLOSE_GRACE_MILLIS} ms before the socket is closed anyway.
     */
    void closeSocket() {
        end(true);
        CLOSER.schedule(() -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed already, or failed: either way it is gone
            }
        }, CLOSE_GRACE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
