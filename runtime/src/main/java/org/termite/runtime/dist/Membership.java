package org.termite.runtime.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * The nodes known alive: those this node has a connection to, with a listening address (a node that never called
 * {@code node-init} can be connected but cannot be named). Connections are made and lost in {@link Peer}; this
 * class hears of both and tells the {@link NodeListener}s and the processes that called {@code monitor-nodes}:
 * {@code (node-up node)} and {@code (node-down node reason)}.
 *
 * <p>Up and down of one node are told in the order they happened: both are decided under this class's lock, and
 * a node is up at most once until it is down.
 */
final class Membership {
    static final Symbol NODE_UP = Symbol.of("node-up");
    static final Symbol NODE_DOWN = Symbol.of("node-down");
    static final String NO_BEACON = "no-beacon";
    static final String RESTARTED = "restarted";

    private static final Map<String, Node> UP = new ConcurrentHashMap<>();
    private static final List<NodeListener> LISTENERS = new CopyOnWriteArrayList<>();
    private static final Map<Process, Boolean> SUBSCRIBERS = new ConcurrentHashMap<>();
    /** Why a node is about to be disconnected, when it is not its connection's fault. */
    private static final Map<String, String> DOWN_REASONS = new ConcurrentHashMap<>();

    private Membership() {}

    /** A connection to {@code p} was made. */
    static void connected(Peer p) {
        String address = p.address;
        if (address == null || address.isEmpty()) {
            return;
        }
        Node n;
        try {
            n = Node.parse(address);
        } catch (RuntimeException e) {
            return;
        }
        synchronized (Membership.class) {
            if (UP.putIfAbsent(p.id, n) != null) {
                return;
            }
            DOWN_REASONS.remove(p.id);
            tell(n, null);
        }
    }

    /** The connection to {@code p} was lost, or could not be made; {@code reason} is the link's reason. */
    static void lost(Peer p, Symbol reason) {
        synchronized (Membership.class) {
            if (p.isConnected()) {
                // a new connection was made before the loss of the old one was told: the node never left
                return;
            }
            Node n = UP.remove(p.id);
            String why = DOWN_REASONS.remove(p.id);
            if (n == null) {
                return;
            }
            tell(n, why != null ? why : reason == RemoteProcesses.NOPROC ? RESTARTED : "noconnection");
        }
    }

    /** The next loss of {@code id}'s connection is for {@code reason}. */
    static void downFor(String id, String reason) {
        DOWN_REASONS.put(id, reason);
    }

    /** Whether a node of this id is connected. */
    static boolean isUp(String id) {
        return UP.containsKey(id);
    }

    static List<Node> nodes() {
        return new ArrayList<>(UP.values());
    }

    static void addListener(NodeListener l) {
        LISTENERS.add(l);
    }

    static void removeListener(NodeListener l) {
        LISTENERS.remove(l);
    }

    static void subscribe(Process p, boolean on) {
        if (on) {
            SUBSCRIBERS.put(p, Boolean.TRUE);
        } else {
            SUBSCRIBERS.remove(p);
        }
    }

    /** Tells everyone; {@code downReason} null for up. Called holding the lock, so events keep their order. */
    private static void tell(Node n, String downReason) {
        for (NodeListener l : LISTENERS) {
            try {
                if (downReason == null) {
                    l.nodeUp(n);
                } else {
                    l.nodeDown(n, downReason);
                }
            } catch (RuntimeException e) {
                Distribution.warn("a node listener failed: " + e);
            }
        }
        Object message = downReason == null ? Pair.list(NODE_UP, n) : Pair.list(NODE_DOWN, n, Symbol.of(downReason));
        for (Process p : SUBSCRIBERS.keySet()) {
            if (p.isAlive()) {
                Processes.deliver(p, message);
            } else {
                SUBSCRIBERS.remove(p);
            }
        }
    }
}
