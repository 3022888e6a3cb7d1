package org.termite.runtime.dist;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A connection over blocking streams, for TLS (JSSE's {@code SSLSocket}): one reader thread dispatches what comes
 * in, and a sender writes its own frames while they fit in {@link #WINDOW} bytes the peer has not yet reported
 * read; past it, the writer thread sends the rest, so only that thread ever waits for a slow peer. The writer
 * thread also sends a heartbeat when the connection has been idle.
 */
final class StreamLink extends Link {
    /**
     * Bytes a sender may have in flight (written, not yet reported read by the peer) and still write on its own
     * thread: less than the kernel's socket buffers hold, so such a write never waits. A chunk of a large frame
     * does not fit: chunks go by the writer thread.
     */
    private static final long WINDOW = 64 * 1024;
    /** The peer hears how much has been read after this many more bytes. */
    private static final long REPORT_EVERY = 16 * 1024;

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    /** Held while pieces are written: by a sender writing its own, or by the writer thread. */
    private final ReentrantLock writing = new ReentrantLock();
    private volatile Thread writer;
    private long lastWrite = System.nanoTime();
    /** Bytes written (under the writing lock), and the peer's count of bytes read, from its ACK frames. */
    private long sent;
    private volatile long acked;
    /** Bytes read, and the count last reported to the peer; the reader thread's own. */
    private long received;
    private long reported;

    StreamLink(Peer peer, Handshaking h) {
        super(peer);
        this.socket = h.socket;
        this.in = h.in;
        this.out = h.out;
    }

    @Override
    void start() {
        writer = thread("termite-node-out " + peer.id, this::writeLoop);
        thread("termite-node-in " + peer.id, this::readLoop);
        if (!peer.outbox.isEmpty()) {
            // frames queued while the connection was being made go now, not at the writer's next heartbeat
            kick();
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(null, body, name, 256 * 1024);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    void acked(long bytes) {
        acked = bytes;
    }

    /**
     * A sender writes the queued pieces itself when no one else is writing: a message then costs no thread switch
     * on the way out. Otherwise the one writing, or the writer thread, sends them; the outbox keeps their order.
     */
    @Override
    void kick() {
        if (writing.tryLock()) {
            if (!writeHolding(() -> drain(true)) || peer.outbox.isEmpty()) {
                return;
            }
        }
        LockSupport.unpark(writer);
    }

    private interface Write {
        void run() throws IOException;
    }

    /** Runs {@code w} with the writing lock, which the caller holds, then releases it. A failure loses the link. */
    private boolean writeHolding(Write w) {
        IOException failure = null;
        try {
            w.run();
        } catch (IOException e) {
            failure = e;
        } finally {
            writing.unlock();
        }
        if (failure != null) {
            peer.lost(this, "connection failed: " + Distribution.reason(failure));
            return false;
        }
        return true;
    }

    /** Writes queued pieces; {@code windowed}: a sender's own thread, which stops at the window. */
    private void drain(boolean windowed) throws IOException {
        boolean wrote = false;
        for (;;) {
            long budget = windowed ? WINDOW - (sent - acked) : Long.MAX_VALUE;
            Outbox.Piece p = budget <= 0 ? null : peer.outbox.next(budget);
            if (p == null) {
                break;
            }
            sent += Wire.write(out, p);
            wrote = true;
        }
        if (wrote) {
            out.flush();
            lastWrite = System.nanoTime();
        }
    }

    private void writeLoop() {
        long heartbeat = TimeUnit.MILLISECONDS.toNanos(Distribution.heartbeatMillis());
        while (!closed) {
            LockSupport.parkNanos(heartbeat);
            writing.lock();
            boolean alive = writeHolding(() -> {
                if (!closed && !peer.outbox.isEmpty()) {
                    drain(false);
                } else if (!closed && System.nanoTime() - lastWrite >= heartbeat) {
                    sent += Wire.write(out, new Wire.Payload(Wire.HEARTBEAT).frame());
                    out.flush();
                    lastWrite = System.nanoTime();
                }
            });
            if (!alive) {
                return;
            }
        }
    }

    private void readLoop() {
        try {
            socket.setSoTimeout((int) Distribution.deadMillis());
            while (!closed) {
                Wire.Frame f = Wire.read(in);
                received += f.payload().length + 5;
                peer.received(this, f);
                if (received - reported >= REPORT_EVERY) {
                    reported = received;
                    peer.send(new Wire.Payload(Wire.ACK).longValue(received).frame());
                }
            }
        } catch (IOException | RuntimeException e) {
            peer.readFailed(this, e);
        }
    }

    @Override
    String ends() {
        return ends(socket);
    }

    @Override
    void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that failed
        }
        LockSupport.unpark(writer);
    }
}
