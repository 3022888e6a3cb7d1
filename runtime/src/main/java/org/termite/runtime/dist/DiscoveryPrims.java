package org.termite.runtime.dist;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.dist.discovery.DiscoveryOptions;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

/**
 * Termite's procedures for nodes that find each other: {@code (nodes)}, {@code (monitor-nodes [on?])}, and
 * {@code node-init} with discovery settings, {@code (node-init node discover: 'multicast seeds: '("h:4000"))}.
 */
public final class DiscoveryPrims {
    private DiscoveryPrims() {}

    /** The other nodes known alive: those this node is connected to, as node values. */
    @Primitive(value = "nodes", inline = false)
    public static Object nodes() {
        List<Object> out = new ArrayList<>(Discovery.knownNodes());
        out.sort((a, b) -> ((Node) a).address().compareTo(((Node) b).address()));
        return Pair.list(out.toArray());
    }

    /** (monitor-nodes): the calling process receives (node-up node) and (node-down node reason) from now on. */
    @Primitive(value = "monitor-nodes", inline = false)
    public static Object monitorNodes() {
        return monitorNodes(Boolean.TRUE);
    }

    /** (monitor-nodes #f) stops them. */
    @Primitive(value = "monitor-nodes", inline = false)
    public static Object monitorNodes(Object on) {
        Process p = Processes.current();
        if (p == null) {
            throw SchemeError.error("monitor-nodes: only a process can receive node events");
        }
        Membership.subscribe(p, on != Boolean.FALSE);
        return Unspecified.VALUE;
    }

    /**
     * (node-init node setting value ...): listens, then looks for the other nodes as the settings say, over what
     * the system properties say: {@code discover:} multicast, broadcast, #t or #f; {@code seeds:} a list of
     * "host:port" strings; {@code dns:} a list of names ("name" or "name:port"); {@code cluster:} a string.
     */
    @Primitive(value = "node-init", inline = false)
    public static Object init(Object n, Object setting, Object... more) {
        if (!(n instanceof Node node)) {
            throw SchemeError.wrongType("node-init", "node", n);
        }
        DiscoveryOptions o = settings(properties(), setting, more);
        return start(Distribution.init(node), o);
    }

    /** The options of the system properties; a wrong one is an error of node-init. */
    static DiscoveryOptions properties() {
        try {
            return DiscoveryOptions.fromProperties();
        } catch (IllegalArgumentException e) {
            throw SchemeError.error("node-init: discovery: " + e.getMessage());
        }
    }

    /** Starts discovery for this node, now listening, and returns it. */
    static Node start(Node self, DiscoveryOptions o) {
        try {
            Discovery.start(self, o);
        } catch (IOException e) {
            throw SchemeError.error("node-init: discovery: cannot open the beacon socket on UDP port " + o.port() + ": "
                    + Distribution.reason(e));
        }
        return self;
    }

    private static DiscoveryOptions settings(DiscoveryOptions o, Object first, Object[] more) {
        Object[] all = new Object[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        if (all.length % 2 != 0) {
            throw SchemeError.error("node-init: settings come in pairs (setting: value), got an odd number");
        }
        try {
            for (int i = 0; i < all.length; i += 2) {
                if (!(all[i] instanceof Keyword k)) {
                    throw SchemeError.wrongType("node-init", "setting keyword (discover:, seeds:, dns:, cluster:)", all[i]);
                }
                Object v = all[i + 1];
                o = switch (k.name) {
                    case "discover" -> o.withMode(mode(v));
                    case "seeds" -> o.withSeeds(strings("seeds:", v));
                    case "dns" -> o.withDns(strings("dns:", v));
                    case "cluster" -> o.withCluster(text("cluster:", v));
                    default -> throw SchemeError.error("node-init: unknown setting " + k
                            + " (known: discover:, seeds:, dns:, cluster:)");
                };
            }
        } catch (IllegalArgumentException e) {
            throw SchemeError.error("node-init: discovery: " + e.getMessage());
        }
        return o;
    }

    private static String mode(Object v) {
        if (v == Boolean.TRUE) {
            return DiscoveryOptions.MULTICAST;
        }
        if (v == Boolean.FALSE) {
            return DiscoveryOptions.OFF;
        }
        if (v instanceof Symbol s) {
            return s.name;
        }
        return text("discover:", v);
    }

    /** A list of strings, or one string of comma-separated ones. */
    private static List<String> strings(String what, Object v) {
        if (v instanceof MString s) {
            return DiscoveryOptions.list(s.toString());
        }
        List<String> out = new ArrayList<>();
        Object l = v;
        for (; l instanceof Pair p; l = p.cdr) {
            out.add(text(what, p.car));
        }
        if (l != org.termite.runtime.value.Nil.NIL) {
            throw SchemeError.wrongType("node-init", "list of strings for " + what, v);
        }
        return out;
    }

    private static String text(String what, Object v) {
        if (v instanceof MString s) {
            return s.toString();
        }
        if (v instanceof Symbol s) {
            return s.name;
        }
        throw SchemeError.wrongType("node-init", "string for " + what, v);
    }
}
