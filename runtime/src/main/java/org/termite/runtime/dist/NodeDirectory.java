package org.termite.runtime.dist;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What this node knows of the cluster, for tools that look at it from outside the node protocol (the observer):
 * its own address, the nodes it has met and whether a connection to each is up, and its shared secret as a key.
 */
public final class NodeDirectory {
    private NodeDirectory() {}

    /** One node this node has met: its id, where it listens ("" if unknown), and the state of the connection. */
    public record Known(String id, String address, boolean connected, long queuedBytes) {}

    /** "host:port" where this node listens, or "" before node-init. */
    public static String selfAddress() {
        return Distribution.localAddress();
    }

    /** This run's node id (each run of a node has its own). */
    public static String selfId() {
        return Distribution.localId();
    }

    public static List<Known> peers() {
        List<Known> all = new ArrayList<>();
        for (Peer p : Distribution.peersNow()) {
            all.add(new Known(p.id, p.address, p.connected(), p.queuedBytes()));
        }
        return all;
    }

    /** The node value for "host:port", or null when the text is not of that form. */
    public static Node node(String address) {
        try {
            return Node.parse(address);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The shared secret, as a key for deriving other secrets from it (it never leaves the node). */
    public static byte[] secret() throws IOException {
        return Cookie.secret().clone();
    }
}
