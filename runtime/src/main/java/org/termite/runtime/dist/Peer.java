package org.termite.runtime.dist;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * Another node, as this one sees it: its id, where it listens, the frames waiting to go to it, and the connection
 * they go over. Frames for a node are queued here ({@link Outbox}), not on a connection, so that they keep their
 * order while a connection is being made or replaced. A connection that is silent for longer than the dead
 * interval (no frame, not even a heartbeat) is taken for lost.
 */
final class Peer {
    final String id;
    volatile String address;
    final Outbox outbox;
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
        this.outbox = new Outbox(id);
    }

    /** Whether a connection to this peer is in use now; for the observer's picture of the cluster. */
    synchronized boolean connected() {
        return current != null && !retired;
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
            start = current == null && !connecting;
            if (start) {
                connecting = true;
            }
            link = current;
        }
        if (start) {
            Distribution.connectInBackground(this);
        } else if (link != null) {
            link.kick();
        }
    }

    /** A frame that came in over {@code link}, on the thread that reads it. */
    void received(Link link, Wire.Frame f) throws IOException {
        if (f.type() == Wire.ACK) {
            link.acked(f.data().readLong());
            return;
        }
        if (f.type() == Wire.CHUNK) {
            f = link.chunks.add(f);
            if (f == null) {
                return;
            }
        }
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

    /** Reading {@code link} failed: a silence, a broken connection, bytes that break the protocol, or a bug. */
    void readFailed(Link link, Exception e) {
        if (e instanceof SocketTimeoutException) {
            lost(link, "no heartbeat for " + Distribution.deadMillis() + " ms");
        } else if (e instanceof IOException) {
            String why = Distribution.reason(e);
            if (!link.closed && why.startsWith("malformed")) {
                // an authenticated peer broke the protocol: say who, as for a stranger's bytes
                Distribution.warn("closed the connection to the node at " + Distribution.describe(this) + ": it sent a "
                        + why);
            }
            lost(link, link.closed ? "closed" : "connection failed: " + why);
        } else {
            Distribution.warn("closed the connection to the node at " + Distribution.describe(this)
                    + " after an internal error: " + e);
            lost(link, "internal error: " + e);
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
        outbox.clear();
    }

    /** Bytes waiting to be sent to this peer. */
    long queuedBytes() {
        return outbox.bytes();
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
     * Makes the connection whose handshake just ended the one in use and starts serving it: without threads of its
     * own over plain TCP, with a reader and a writer thread over TLS. A connection it replaces (the peer
     * reconnected: it had lost the old one) is closed without counting as a loss.
     */
    void established(Handshaking h) throws IOException {
        Link link = h.socket.getChannel() != null ? new ChannelLink(this, h) : new StreamLink(this, h);
        Link old;
        synchronized (this) {
            old = current;
            current = link;
            connecting = false;
        }
        if (old != null) {
            old.close();
            outbox.restartLarge();
        }
        code.connected();
        Membership.connected(this);
        link.start();
    }

    /** A connection ended. If it was the one in use, the peer is lost: its links and monitors fire. */
    void lost(Link link, String why) {
        boolean wasCurrent;
        synchronized (this) {
            wasCurrent = current == link;
            if (wasCurrent) {
                current = null;
            }
        }
        link.close();
        if (wasCurrent) {
            outbox.clear();
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
        outbox.clear();
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
