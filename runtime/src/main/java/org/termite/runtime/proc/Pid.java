package org.termite.runtime.proc;

/**
 * A process identifier: the node it was born on and its number there. Two pids are equal when they name the same
 * process, so a pid that travels to another node and back still matches. A local pid also points at its process.
 */
public final class Pid implements org.termite.runtime.value.EqvByValue {
    public final String node;
    public final long id;
    /** The process, when it lives on this node; null for a pid of another node. */
    final transient Process process;

    Pid(String node, long id, Process process) {
        this.node = node;
        this.id = id;
        this.process = process;
    }

    /** A pid of a process of another node. */
    public static Pid remote(String node, long id) {
        return new Pid(node, id, null);
    }

    /** Whether this pid names a process of this node (living or ended). */
    public boolean isLocal() {
        return node.equals(Scheduler.nodeName());
    }

    public Process process() {
        return process;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pid p && p.id == id && p.node.equals(node);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + node.hashCode();
    }

    /** A process of another node shows where it lives: "#<process 5 of 10.0.0.2:4000>". */
    @Override
    public String toString() {
        String where = "";
        if (process == null && !isLocal()) {
            Remote r = Processes.remote();
            String address = r == null ? "" : r.addressOf(node);
            where = " of " + (address.isEmpty() ? node : address);
        }
        return "#<process " + id + (process != null && process.name != null ? " " + process.name : "") + where + ">";
    }
}
