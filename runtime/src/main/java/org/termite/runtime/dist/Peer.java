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

    /**
     * Kicks the connection in use when it runs, not the one in use when it was made: a sender's kick left to the end
     * of its slice must reach the connection that replaced a lost or losing one meanwhile.
     */
    final Runnable kickCurrent = new Runnable() {
        @Override
        public void run() {
            Link l;
            synchronized (Peer.this) {
                l = current;
            }
            if (l != null) {
                l.kick();
            }
        }
    };
    /** A thread of this node is connecting to the peer on behalf of {@link #send}. Guarded by this. */
    private boolean dialling;
    /**
     * The one handshake that may become the connection (see {@link #claimDial}, {@link #claimAccept}): a
     * {@link Handshaking}, null when none is under way. Guarded by this.
     */
    private Handshaking claim;
    /** Whether {@link #claim} is a dial of this node rather than one of the peer's being accepted. */
    private boolean claimIsDial;
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
            boolean underWay = current != null || dialling || claim != null;
            if (!underWay && (address.isEmpty() || System.nanoTime() - lastFailure < RETRY_NANOS)) {
                return;
            }
            outbox.add(f);
            start = !underWay;
            if (start) {
                dialling = true;
            }
            link = current;
        }
        if (start) {
            Distribution.connectInBackground(this);
        } else if (link != null) {
            link.queued();
        }
    }

    /** A frame that came in over {@code link}, on the thread that reads it. */
    void received(Link link, Wire.Frame f) throws IOException {
        if (f.type() == Wire.ACK) {
            link.acked(f.data().readLong());
            return;
        }
        boolean inPieces = f.type() == Wire.CHUNK;
        if (inPieces) {
            f = link.chunks.add(f);
            if (f == null) {
                return;
            }
        }
        link.inbound.add(f, inPieces);
    }

    /** The payload of a CHUNK frame, the next {@code length} bytes of {@code in}, on the thread that reads it. */
    void receivedChunk(Link link, java.nio.ByteBuffer in, int length) throws IOException {
        Wire.Frame f = link.chunks.add(in, length);
        if (f != null) {
            link.inbound.add(f, true);
        }
    }

    /** Does what a frame from the peer asks; {@code message}: the message it carries, decoded ahead, or null. */
    void dispatch(Wire.Frame f, Object message) throws IOException {
        try {
            code.dispatch(f, message);
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
            dialling = false;
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
        return dialling || claim != null;
    }

    /**
     * The thread connecting on behalf of {@link #send} is done, connected or not. Frames queued while it ran did not
     * start a dial of their own; if they still have no connection to go over, nor a handshake under way, one starts.
     */
    void diallingEnded() {
        boolean again;
        synchronized (this) {
            again = current == null && claim == null && !retired && !address.isEmpty() && !outbox.isEmpty();
            dialling = again;
        }
        if (again) {
            Distribution.connectInBackground(this);
        }
    }

    /**
     * Two nodes that dial each other at once must end with the same one connection on both sides, and nothing sent
     * may go over a connection that the other side drops. So a handshake becomes the connection only if it holds
     * the peer's claim, taken at the last step before it commits: a dial takes it when the acceptor has answered
     * the hello (before the dialler's proof), an accepted dial when it is proven (before the welcome). Whoever
     * finds the claim taken steps back and waits for the connection that holds it.
     *
     * <p>Both nodes may hold a claim with a dial of their own when the two proofs cross; then each acceptor applies
     * the same rule: the dial of the node with the smaller id wins. The acceptor with the smaller id refuses the
     * other's dial; the one with the larger id gives its claim to the other's dial, and its own dial is certain to
     * be refused, since the peer holds its claim with a dial until that dial is welcomed, and is connected after.
     * Frames wait in the {@link Outbox} of the peer, not on a connection, until the winner is in use.
     *
     * <p>A dial takes the claim with this; it returns why the dial steps back instead, or null. A dial made for
     * frames in the outbox ({@code forSend}) is not needed once they are gone: sent over a connection that another
     * handshake made meanwhile, or dropped with it when it closed. Such a dial steps back rather than open a
     * connection that nothing asked for.
     */
    synchronized String claimDial(Handshaking h, boolean forSend) {
        if (current != null) {
            return Handshake.ALREADY_CONNECTED;
        }
        if (claim != null) {
            return Handshake.DUPLICATE;
        }
        if (forSend && outbox.isEmpty()) {
            return Handshake.NOT_NEEDED;
        }
        claim = h;
        claimIsDial = true;
        return null;
    }

    /** Whether frames wait with no connection to go over: what a dial on their behalf is for. */
    synchronized boolean dialNeeded() {
        return current == null && !outbox.isEmpty();
    }

    /** An acceptor takes the claim for the peer's dial {@code h}; returns why it refuses it, or null. */
    synchronized String claimAccept(Handshaking h, boolean localIdSmaller) {
        if (current != null) {
            return Handshake.ALREADY_CONNECTED;
        }
        if (claim != null && (!claimIsDial || localIdSmaller)) {
            return Handshake.DUPLICATE;
        }
        claim = h;
        claimIsDial = false;
        return null;
    }

    /**
     * The handshake {@code h} failed: the claim it held is free again. Frames queued meanwhile did not start a dial
     * of their own (see {@link #send}), so one starts now.
     */
    void unclaim(Handshaking h) {
        boolean start;
        synchronized (this) {
            if (claim != h) {
                return;
            }
            claim = null;
            notifyAll();
            start = current == null && !dialling && !retired && !address.isEmpty() && !outbox.isEmpty();
            if (start) {
                dialling = true;
            }
        }
        if (start) {
            Distribution.connectInBackground(this);
        }
    }

    /**
     * Waits until a connection is in use, at most {@code millis}; whether one is. A dial made for frames in the
     * outbox ({@code forSend}) stops waiting, as if connected, once no frame waits and no handshake is under way.
     */
    synchronized boolean awaitConnection(long millis, boolean forSend) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            for (long left = millis; !connectedOrMoot(forSend) && left > 0;
                    left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return connectedOrMoot(forSend);
    }

    /** A connection is in use, or, for a dial made for queued frames, none waits and no handshake is under way. */
    private boolean connectedOrMoot(boolean forSend) {
        return current != null || (forSend && claim == null && outbox.isEmpty());
    }

    /**
     * Makes the connection whose handshake just ended the one in use and starts serving it: without threads of its
     * own over plain TCP, with a reader and a writer thread over TLS. The handshake must hold the claim; one that
     * lost it is refused with an exception (it cannot happen: see {@link #claimDial}).
     */
    void established(Handshaking h) throws IOException {
        // a TLS socket made over a connected socket answers getChannel() with that socket's channel: reading and
        // writing the channel would go around TLS, so a TLS connection is always served by its own streams
        boolean tls = h.socket instanceof javax.net.ssl.SSLSocket;
        Link link = !tls && h.socket.getChannel() != null ? new ChannelLink(this, h) : new StreamLink(this, h);
        synchronized (this) {
            if (claim != h || current != null) {
                link.close();
                throw new Handshake.Failed("a connection with the node at " + Distribution.describe(this)
                        + " was made by another handshake", true);
            }
            current = link;
            claim = null;
            notifyAll();
        }
        if (Distribution.logsConnections()) {
            Distribution.warn("connected to the node at " + Distribution.describe(this) + " over " + link.ends());
        }
        code.connected();
        Membership.connected(this);
        link.start();
    }

    /** Where the connection in use goes from and to, "local->remote"; null if there is none. */
    synchronized String connectionEnds() {
        return current == null ? null : current.ends();
    }

    /** A connection ended. If it was the one in use, the peer is lost: its links and monitors fire. */
    void lost(Link link, String why) {
        if (Distribution.logsConnections()) {
            Distribution.warn("the connection to the node at " + Distribution.describe(this) + " over " + link.ends()
                    + (link.closed ? " was closed: " : " ended: ") + why);
        }
        boolean wasCurrent;
        synchronized (this) {
            wasCurrent = current == link;
            if (wasCurrent) {
                current = null;
                // under the lock: a frame sent once the connection is gone starts a new one and must stay
                outbox.clear();
                // a dial waiting for a connection for frames that are now dropped is not needed any more
                notifyAll();
            }
        }
        link.close();
        if (wasCurrent) {
            Distribution.lost(this, why);
        }
    }

    /** A connection could not be made: what waited for it is dropped, and the peer counts as lost. */
    void failed(String why) {
        synchronized (this) {
            dialling = false;
            lastFailure = System.nanoTime();
            if (current != null || claim != null) {
                return;
            }
            outbox.clear();
            notifyAll();
        }
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
