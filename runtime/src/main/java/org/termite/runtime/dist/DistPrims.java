package org.termite.runtime.dist;

import java.io.IOException;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.io.Offload;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.MString;

/** Termite's node procedures: naming nodes, listening, and spawning processes on other nodes. */
public final class DistPrims {
    private DistPrims() {}

    @Primitive("make-node")
    public static Object makeNode(Object host, Object port) {
        if (!(host instanceof MString h)) {
            throw SchemeError.wrongType("make-node", "host name string", host);
        }
        if (!(port instanceof Long p) || p < 0 || p > 65535) {
            throw SchemeError.wrongType("make-node", "port number between 0 and 65535", port);
        }
        return new Node(h.toString(), (int) (long) p);
    }

    @Primitive("node?")
    public static boolean isNode(Object x) {
        return x instanceof Node;
    }

    @Primitive("node-host")
    public static Object host(Object n) {
        return MString.of(node("node-host", n).host());
    }

    @Primitive("node-port")
    public static Object port(Object n) {
        return (long) node("node-port", n).port();
    }

    /** This node, once it listens (node-init); #f before. */
    @Primitive("current-node")
    public static Object currentNode() {
        Node n = Distribution.self();
        return n == null ? Boolean.FALSE : n;
    }

    /** Listens at the node's address; port 0 picks a free port. Returns the node as others can reach it. */
    @Primitive("node-init")
    public static Object init(Object n) {
        Node node = node("node-init", n);
        org.termite.runtime.dist.discovery.DiscoveryOptions o = DiscoveryPrims.properties();
        return DiscoveryPrims.start(Distribution.init(node), o);
    }

    /**
     * (%remote-spawn node thunk link? who): the pid of a new process running thunk on node; errors are named after
     * {@code who}, the procedure the program called. Parks until the process exists.
     */
    @Primitive(value = "%remote-spawn", inline = false)
    public static Object remoteSpawn(Object n, Object thunk, Object link, Object name) {
        String who = name instanceof org.termite.runtime.value.Symbol sym ? sym.name : "remote-spawn";
        Node target = node(who, n);
        Node here = Distribution.self();
        if (here != null && here.address().equals(target.address())) {
            // this node itself, as Erlang's spawn on node() is a local spawn
            return org.termite.runtime.proc.ProcessPrims.spawn(thunk, link);
        }
        byte[] code;
        try {
            code = ObjectCodec.encode(thunk, null);
        } catch (SchemeError e) {
            throw SchemeError.error(who + ": cannot send the procedure to " + target.address() + ": " + e.getMessage());
        }
        Process caller = Processes.current();
        return Offload.run(() -> RemoteProcesses.spawn(target, code, caller, link != Boolean.FALSE),
                e -> SchemeError.error(who + ": " + describe(e, target)));
    }

    /** The id of the node at this address, connected; parks while connecting. For migrate-task. */
    @Primitive(value = "%reach-node", inline = false)
    public static Object reach(Object n) {
        Node target = node("migrate-task", n);
        return Offload.run(() -> MString.of(Distribution.reach(target).id),
                e -> SchemeError.error("migrate-task: " + describe(e, target)));
    }

    /** Moves the calling process to the node with this id (from %reach-node); it goes on there. */
    @Primitive(value = "%migrate", inline = false)
    public static Object migrate(Object nodeId) {
        Process p = Processes.current();
        String id = nodeId.toString();
        if (id.equals(Distribution.localId())) {
            return org.termite.runtime.value.Unspecified.VALUE;
        }
        org.termite.runtime.exec.DynamicState dyn = org.termite.runtime.exec.Context.current().dyn;
        throw new org.termite.runtime.exec.Capture(k -> Migrations.migrate(p, id, new org.termite.runtime.exec.Continuation(k, dyn)));
    }

    /** (accept-foreign-code! bool): whether this node takes compiled code from other nodes (it does by default). */
    @Primitive(value = "accept-foreign-code!", inline = false)
    public static Object acceptForeignCode(Object yes) {
        org.termite.runtime.code.CodePolicy.acceptForeignCode(yes != Boolean.FALSE);
        return org.termite.runtime.value.Unspecified.VALUE;
    }

    private static String describe(IOException e, Node target) {
        if (e instanceof java.net.UnknownHostException) {
            return "cannot reach the node at " + target.address() + ": unknown host";
        }
        String m = Distribution.reason(e);
        return m != null && m.contains(target.address()) ? m : "cannot reach the node at " + target.address() + ": " + m;
    }

    private static Node node(String who, Object x) {
        if (x instanceof Node n) {
            return n;
        }
        throw SchemeError.wrongType(who, "node", x);
    }
}
