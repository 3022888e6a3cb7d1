package org.termite.runtime.dist;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Another node, as this one sees it: its id, where it listens, the frames waiting to go to it, and the connection
 * they go over. Frames for a node are queued here, not on a connection, so that they keep their order while a
 * connection is being made or replaced; one writer thread sends them, one reader thread dispatches what comes in.
 * A connection that is silent for longer than the dead interval (no frame, not even a heartbeat) is taken for lost.
 */
final class Peer {
    final String id;
    volatile String address;
    private final java.util.concurrent.ConcurrentLinkedQueue<Wire.Frame> outbox = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Bytes of the frames in the outbox: what waits to be sent to this peer. */
    private final java.util.concurrent.atomic.AtomicLong queued = new java.util.concurrent.atomic.AtomicLong();
    /** The connection in use, null while there is none. Guarded by this. */
    private Link current;
    private boolean connecting;
    /** Another node listens at this peer's address now: this one is gone for good, and frames for it are dropped. */
    private volatile boolean retired;
    /** Code asked of this peer and sent to it. */
    final CodeExchange code = new CodeExchange(this);

    Peer(String id, String address) {
        this.id = id;
        this.address = address;
    }

    /** Whether a connection to this peer is in use now; for the observer's picture of the cluster. */
    synchronized boolean connected() {
        return current != null && !retired;
    }

    /** One TCP connection to a peer: the handshake and then the frames use the same buffered streams. */
    static final class Link {
        final Socket socket;
        final DataInputStream in;
        final DataOutputStream out;
        private volatile boolean closed;
        /** Held while frames are written: by a sender writing its own frame, or by the writer thread. */
        final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();
        volatile Thread writer;
        long lastWrite = System.nanoTime();
        /** Bytes written (under the writing lock), and the peer's count of bytes read, from its ACK frames. */
        long sent;
        volatile long acked;
        /** Bytes read, and the count last reported to the peer; the reader thread's own. */
        long received;
        long reported;

        Link(Socket socket, DataInputStream in, DataOutputStream out) {
            this.socket = socket;
            this.in = in;
            this.out = out;
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed
            }
        }
    }

    static Link open(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65536));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 65536));
        return new Link(socket, in, out);
    }

    /**
     * Queues a frame; connects first if there is no connection. A peer that cannot be reached (its address is
     * unknown, or the last attempt failed less than a second ago) does not queue it: it is dropped, as Erlang drops
     * a message to a node it cannot reach, and the links and monitors of that node have already fired.
     */
    void send(Wire.Frame f) {
        if (retired) {
            return;
        }
        boolean start;
        Link link;
        synchronized (this) {
            if (current == null && !connecting
                    && (address.isEmpty() || System.nanoTime() - lastFailure < RETRY_NANOS)) {
                return;
            }
            outbox.add(f);
            queued.addAndGet(f.payload().length + 5);
            start = current == null && !connecting;
            if (start) {
                connecting = true;
            }
            link = current;
        }
        if (start) {
            Distribution.connectInBackground(this);
        } else if (link != null) {
            writeOrHandOff(link);
        }
    }

    /**
     * A sender writes the queued frames itself when no one else is writing: a message then costs no thread
     * switch on the way out. Otherwise the one writing, or the writer thread, sends them; the queue keeps them in
     * order either way.
     */
    private void writeOrHandOff(Link link) {
        if (link.writing.tryLock()) {
            if (!writeHolding(link, () -> drain(link, true)) || outbox.isEmpty()) {
                return;
            }
        }
        java.util.concurrent.locks.LockSupport.unpark(link.writer);
    }

    private interface Write {
        void run() throws IOException;
    }

    /** Runs {@code w} with the link's writing lock, which the caller holds, then releases it. A failure loses the link. */
    private boolean writeHolding(Link link, Write w) {
        IOException failure = null;
        try {
            w.run();
        } catch (IOException e) {
            failure = e;
        } finally {
            link.writing.unlock();
        }
        if (failure != null) {
            lost(link, "connection failed: " + Distribution.reason(failure));
            return false;
        }
        return true;
    }

    /**
     * Bytes a sender may have in flight (written, not yet reported read by the peer) and still write on its own
     * thread: less than the kernel's socket buffers hold, so such a write never waits. Past it, the writer thread
     * sends, and only it waits for a slow peer.
     */
    private static final long WINDOW = 64 * 1024;
    /** The peer hears how much has been read after this many more bytes. */
    private static final long REPORT_EVERY = 16 * 1024;

    /**
     * Writes queued frames; called holding the link's writing lock. {@code windowed}: a sender's own thread, which
     * stops at {@link #WINDOW} bytes in flight.
     */
    private void drain(Link link, boolean windowed) throws IOException {
        boolean wrote = false;
        while (!windowed || link.sent - link.acked < WINDOW) {
            Wire.Frame f = outbox.peek();
            if (f == null || (windowed && link.sent - link.acked + f.payload().length + 5 > WINDOW)) {
                // a frame that does not fit the window goes by the writer thread: a sender never waits for the peer
                break;
            }
            outbox.poll();
            queued.addAndGet(-(f.payload().length + 5));
            link.sent += Wire.write(link.out, f);
            wrote = true;
        }
        if (wrote) {
            link.out.flush();
            link.lastWrite = System.nanoTime();
        }
    }

    private static final long RETRY_NANOS = 1_000_000_000L;
    /** When the last attempt to connect failed; guarded by this. */
    private long lastFailure = System.nanoTime() - RETRY_NANOS;

    /** Marks this peer as an earlier incarnation of the node now at its address (see {@link #send}). */
    void retire() {
        retired = true;
        synchronized (this) {
            connecting = false;
        }
        clearOutbox();
    }

    private void clearOutbox() {
        outbox.clear();
        queued.set(0);
    }

    /** Bytes waiting to be sent to this peer. */
    long queuedBytes() {
        return queued.get();
    }

    boolean isRetired() {
        return retired;
    }

    synchronized boolean isConnected() {
        return current != null;
    }

    synchronized boolean isConnecting() {
        return connecting;
    }

    synchronized void connectingEnded() {
        connecting = false;
    }

    /**
     * Makes {@code link} the connection in use and starts its threads; a connection it replaces (the peer
     * reconnected: it had lost the old one) is closed without counting as a loss.
     */
    void established(Link link) {
        Link old;
        synchronized (this) {
            old = current;
            current = link;
            connecting = false;
        }
        if (old != null) {
            old.close();
        }
        code.connected();
        link.writer = start("termite-node-out " + id, () -> write(link));
        start("termite-node-in " + id, () -> read(link));
        if (!outbox.isEmpty()) {
            // frames queued while the connection was being made go now, not at the writer's next heartbeat
            writeOrHandOff(link);
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread t = new Thread(null, body, name, 256 * 1024);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The writer thread: sends what senders left queued, and a heartbeat when the connection has been idle. */
    private void write(Link link) {
        long heartbeat = TimeUnit.MILLISECONDS.toNanos(Distribution.heartbeatMillis());
        while (!link.closed) {
            java.util.concurrent.locks.LockSupport.parkNanos(heartbeat);
            link.writing.lock();
            boolean alive = writeHolding(link, () -> {
                if (!link.closed && !outbox.isEmpty()) {
                    drain(link, false);
                } else if (!link.closed && System.nanoTime() - link.lastWrite >= heartbeat) {
                    link.sent += Wire.write(link.out, new Wire.Payload(Wire.HEARTBEAT).frame());
                    link.out.flush();
                    link.lastWrite = System.nanoTime();
                }
            });
            if (!alive) {
                return;
            }
        }
    }

    private void read(Link link) {
        try {
            link.socket.setSoTimeout((int) Distribution.deadMillis());
            while (!link.closed) {
                Wire.Frame f = Wire.read(link.in);
                link.received += f.payload().length + 5;
                if (f.type() == Wire.ACK) {
                    link.acked = f.data().readLong();
                } else {
                    try {
                        code.dispatch(f);
                    } catch (IOException e) {
                        // a payload that does not read as its type says: the peer's fault, not the connection's
                        String why = Distribution.reason(e);
                        throw new IOException(why.startsWith("malformed") ? why
                                : "malformed frame of type " + f.type() + ": " + e.getClass().getSimpleName()
                                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
                    }
                }
                if (link.received - link.reported >= REPORT_EVERY) {
                    link.reported = link.received;
                    send(new Wire.Payload(Wire.ACK).longValue(link.received).frame());
                }
            }
        } catch (SocketTimeoutException e) {
            lost(link, "no heartbeat for " + Distribution.deadMillis() + " ms");
        } catch (IOException e) {
            String why = Distribution.reason(e);
            if (!link.closed && why.startsWith("malformed")) {
                // an authenticated peer broke the protocol: say who, as for a stranger's bytes
                Distribution.warn("closed the connection to the node at " + Distribution.describe(this) + ": it sent a "
                        + why);
            }
            lost(link, link.closed ? "closed" : "connection failed: " + why);
        } catch (RuntimeException e) {
            Distribution.warn("closed the connection to the node at " + Distribution.describe(this)
                    + " after an internal error: " + e);
            lost(link, "internal error: " + e);
        }
    }

    /** A connection ended. If it was the one in use, the peer is lost: its links and monitors fire. */
    private void lost(Link link, String why) {
        boolean wasCurrent;
        synchronized (this) {
            wasCurrent = current == link;
            if (wasCurrent) {
                current = null;
            }
        }
        link.close();
        if (wasCurrent) {
            clearOutbox();
            Distribution.lost(this, why);
        }
    }

    /** A connection could not be made: what waited for it is dropped, and the peer counts as lost. */
    void failed(String why) {
        synchronized (this) {
            connecting = false;
            lastFailure = System.nanoTime();
            if (current != null) {
                return;
            }
        }
        clearOutbox();
        Distribution.lost(this, why);
    }

    /** Closes the connection in use, as if it failed. */
    void disconnect(String why) {
        Link l;
        synchronized (this) {
            l = current;
        }
        if (l != null) {
            lost(l, why);
        }
    }
}
