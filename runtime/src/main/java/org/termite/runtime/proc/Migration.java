package org.termite.runtime.proc;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Pending;
import org.termite.runtime.exec.Run;

/**
 * A process moving between nodes (migrate-task), on the side of the processes: the leaving process closes its
 * mailbox and hands over the messages it had not received; the arriving one takes its pid, its messages and its
 * flags on the new node. Distribution carries the continuation between the two.
 */
public final class Migration {
    /** Processes living here that were born on another node, by pid. */
    private static final ConcurrentHashMap<Pid, Process> IMMIGRANTS = new ConcurrentHashMap<>();
    /**
     * Where the processes that left this node went, so that messages other nodes send here follow them: the
     * forwarding addresses stay as long as the node runs, as Termite's proxies do.
     */
    private static final ConcurrentHashMap<Pid, String> LEFT = new ConcurrentHashMap<>();

    private Migration() {}

    /** Thrown by the leaving process once its continuation is on its way: it ends here, with reason migrated. */
    public static final class Left extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Left() {
            super(null, null, false, false);
        }
    }

    /**
     * Called by the process itself as it leaves for {@code node}: from now on messages to it follow it there.
     * Returns the messages it had not received, in order.
     */
    public static List<Object> leave(Process p, String node) {
        p.movedTo = node;
        p.state.raise(StateWord.MOVED);
        LEFT.put(p.pid, node);
        return p.mailbox.close();
    }

    /** The node a process that lived here moved to, or null. */
    public static String wentTo(Pid pid) {
        return LEFT.get(pid);
    }

    /** Starts the process that arrived, under its pid, with the messages it had and those that came after. */
    public static Process arrive(Pid pid, Pending resume, DynamicState dyn, List<Object> messages, boolean trapExit,
            String name) {
        LEFT.remove(pid);
        Process p = new Process(pid.node, pid.id);
        p.run = new Run(resume);
        p.context.dyn = dyn;
        p.trapExit = trapExit;
        p.name = name;
        for (Object m : messages) {
            p.mailbox.add(m);
        }
        if (pid.isLocal()) {
            Processes.register(p);
        } else {
            IMMIGRANTS.put(p.pid, p);
        }
        Scheduler.get().start(p);
        return p;
    }

    /** The live process of another node's pid that lives here now, or null. */
    public static Process immigrant(Pid pid) {
        return IMMIGRANTS.get(pid);
    }

    static Iterable<Process> immigrantsNow() {
        return IMMIGRANTS.values();
    }

    static int immigrantCount() {
        return IMMIGRANTS.size();
    }

    static void gone(Process p) {
        IMMIGRANTS.remove(p.pid, p);
    }
}
