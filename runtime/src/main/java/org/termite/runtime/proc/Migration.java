package org.termite.runtime.proc;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
     * The numbers given so far to messages for the processes born here that have left at least once: the next
     * number of each. Kept as long as the node runs, as the forwarding addresses are.
     */
    private static final ConcurrentHashMap<Long, AtomicLong> NUMBERS = new ConcurrentHashMap<>();

    /** What a process takes when it leaves: its unreceived messages, the next number it expects and those kept. */
    public record Departure(List<Object> messages, long expected, List<Object> kept) {}

    /**
     * Called by the process itself as it leaves for {@code node}: from now on messages to it follow it there.
     * Returns the messages it had not received, in order, and where its numbered messages stand.
     */
    public static Departure leave(Process p, String node) {
        p.movedTo = node;
        p.state.raise(StateWord.MOVED);
        if (p.pid.isLocal()) {
            // before the mailbox closes: a message that finds it closed is numbered, and the count starts at 0
            NUMBERS.computeIfAbsent(p.pid.id, id -> new AtomicLong());
        }
        LEFT.put(p.pid, node);
        Resequencer.Taken taken = p.sequence == null ? new Resequencer.Taken(0, List.of()) : p.sequence.leave();
        return new Departure(p.mailbox.close(), taken.expected(), taken.kept());
    }

    /** The node a process that lived here moved to, or null. */
    public static String wentTo(Pid pid) {
        return LEFT.get(pid);
    }

    /** Whether a process born here has ever left, so its messages are numbered here. */
    public static boolean hasMoved(Pid pid) {
        return NUMBERS.containsKey(pid.id);
    }

    /** A message for a process born here that has moved: numbered, then to it wherever it is. */
    public static void enterAtHome(Pid pid, Object message) {
        long seq = NUMBERS.computeIfAbsent(pid.id, id -> new AtomicLong()).getAndIncrement();
        if (!route(pid, seq, message)) {
            // only while it arrives back here (registered, its forwarding address not yet removed): look again
            Thread.onSpinWait();
            route(pid, seq, message);
        }
    }

    /**
     * A numbered message for {@code pid} at this node: to the process if it lives here, on to where it went if it
     * left. False when it is neither here nor gone from here: it may be on its way.
     */
    public static boolean route(Pid pid, long seq, Object message) {
        Process now = Processes.byPid(pid);
        if (now != null && now.sequence != null && now.sequence.offer(seq, message)) {
            return true;
        }
        String where = now != null && now.movedTo != null ? now.movedTo : LEFT.get(pid);
        Remote r = Processes.remote();
        if (where == null || r == null) {
            return false;
        }
        r.forward(pid, where, seq, message);
        return true;
    }

    /**
     * Starts the process that arrived, under its pid, with the messages it had and those that came after, and
     * where its numbered messages stood ({@code kept}: number, message, ...).
     */
    public static Process arrive(Pid pid, Pending resume, DynamicState dyn, List<Object> messages, boolean trapExit,
            String name, long expected, List<Object> kept) {
        Process p = new Process(pid.node, pid.id);
        p.run = new Run(resume);
        p.context.dyn = dyn;
        p.trapExit = trapExit;
        p.name = name;
        java.util.Map<Long, Object> waiting = new java.util.HashMap<>();
        for (int i = 0; i + 1 < kept.size(); i += 2) {
            waiting.put(((Number) kept.get(i)).longValue(), kept.get(i + 1));
        }
        p.sequence = new Resequencer(p, expected, waiting);
        for (Object m : messages) {
            p.mailbox.add(m);
        }
        if (pid.isLocal()) {
            Processes.register(p);
        } else {
            IMMIGRANTS.put(p.pid, p);
        }
        // after it can be found: a message numbered meanwhile finds either the address or the process
        LEFT.remove(pid);
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
