package org.termite.runtime.dist;

/**
 * Told when another node comes up (a connection to it is made) or goes down (its connection is lost), as Erlang's
 * {@code net_kernel:monitor_nodes}. Called on the thread that noticed: return quickly and do not block.
 */
public interface NodeListener {
    void nodeUp(Node node);

    /**
     * {@code reason}: {@code noconnection} (the connection failed or went silent), {@code no-beacon} (its beacons
     * stopped) or {@code restarted} (another run of the node listens at its address now).
     */
    void nodeDown(Node node, String reason);
}
