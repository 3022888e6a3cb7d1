package org.termite.runtime.dist;

import java.io.IOException;

/**
 * An established connection to a peer, as its {@link Peer} uses it: started once, told when frames were queued,
 * closed once. What comes in is handed to {@link Peer#received}; a failure to {@link Peer#lost}.
 * {@link ChannelLink} serves plain TCP without threads of its own; {@link StreamLink} serves TLS with a reader and
 * a writer thread.
 */
abstract class Link {
    final Peer peer;
    /** Set once, by {@link #close}; read by every thread that serves the link. */
    volatile boolean closed;
    /** Large frames in pieces; only the thread that reads the connection touches it. */
    final Reassembly chunks = new Reassembly();
    /** Whole frames on their way to the peer's {@link Peer#dispatch}, in order. */
    final Inbound inbound = new Inbound(new Inbound.Handler() {
        @Override
        public void dispatch(Wire.Frame f, Object message) throws IOException {
            peer.dispatch(f, message);
        }

        @Override
        public void failed(Exception e) {
            peer.readFailed(Link.this, e);
        }
    }, Inbound.DECODER);

    Link(Peer peer) {
        this.peer = peer;
    }

    /** Begins reading and writing; frames queued before go at once. */
    abstract void start();

    /** Frames were queued: send them, now if no one else is sending, or soon. Never waits for the peer. */
    abstract void kick();

    /** A sender queued a frame: {@link #kick}, or leave it to the end of the sender's slice. */
    void queued() {
        kick();
    }

    abstract void close();

    /** The two ends of the connection, "local->remote", each as host:port. */
    abstract String ends();

    static String ends(java.net.Socket s) {
        return s.getLocalAddress().getHostAddress() + ":" + s.getLocalPort() + "->"
                + s.getInetAddress().getHostAddress() + ":" + s.getPort();
    }

    /** The peer reports how many bytes of this connection it has read. */
    void acked(long bytes) {}
}
