package org.termite.runtime.dist;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Pid;

/** Termite's conveniences about nodes: where a process lives (for alive?), and node-init without a node. */
public final class NodeConveniences {
    private NodeConveniences() {}

    /** (node-init): listens on a free port of the loopback interface; returns the node as others reach it. */
    @Primitive("node-init")
    public static Object init() {
        return DistPrims.init(new Node("localhost", 0));
    }

    /** The node a pid names: this node for a local one; #f for one whose node's address is not known here. */
    @Primitive("%pid-node")
    public static Object pidNode(Object p) {
        if (!(p instanceof Pid pid)) {
            throw SchemeError.wrongType("pid-node", "process", p);
        }
        if (pid.isLocal()) {
            Node self = Distribution.self();
            return self == null ? Boolean.FALSE : self;
        }
        String address = Distribution.addressOf(pid.node);
        return address.isEmpty() ? Boolean.FALSE : Node.parse(address);
    }
}
