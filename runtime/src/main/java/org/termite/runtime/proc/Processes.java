package org.termite.runtime.proc;

import java.util.List;
import java.util.Map;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.Preemption;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Tag;

/** Sending, linking, monitoring, and what happens when a process ends. */
public final class Processes {
    public static final Symbol NORMAL = Symbol.of("normal");
    /** The exit reason of a process that moved to another node: its links break quietly, as after a normal exit. */
    public static final Symbol MIGRATED = Symbol.of("migrated");
    static final Symbol DOWN = Symbol.of("DOWN");
    static final Symbol NOPROC = Symbol.of("noproc");

    /** The processes of this node that have not ended, by number, so that a decoded pid finds its process. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, Process> LIVE = new java.util.concurrent.ConcurrentHashMap<>();

    // Installed once by the node layer, read by any sender.
    private static volatile Remote remote;

    private Processes() {}

    /** Installed by distribution when the runtime starts it. */
    public static void useRemote(Remote r) {
        remote = r;
    }

    public static Remote remote() {
        return remote;
    }

    /** A live process of this node by number, for messages and signals that come from other nodes. */
    public static Process byId(long id) {
        return LIVE.get(id);
    }

    /** A live process of this node by pid: one born here, or one that moved here from another node. */
    public static Process byPid(Pid pid) {
        return pid.isLocal() ? LIVE.get(pid.id) : Migration.immigrant(pid);
    }

    /** Delivers a signal from a process of another node: an exit raised in the next receive, or a message. */
    public static void signal(Process to, TermiteException e) {
        deliverExit(to, e);
    }

    /**
     * A message for a process of this node: into its mailbox, or on to the node it moved to. A process that has
     * moved gets its messages through its birth node, which numbers them: here, if this is that node.
     */
    public static void deliver(Process p, Object message) {
        if (p.sequence != null && p.pid.isLocal()) {
            Migration.enterAtHome(p.pid, message);
            return;
        }
        if (p.state.phase() == StateWord.DONE) {
            forwardIfMoved(p, message);
            return;
        }
        if (p.mailbox.add(message)) {
            Scheduler.get().wake(p);
        } else {
            forwardIfMoved(p, message);
        }
    }

    /** Into the mailbox, without routing: the message is the next of those numbered for {@code p}. */
    static void intoMailbox(Process p, Object message) {
        if (p.mailbox.add(message)) {
            Scheduler.get().wake(p);
        }
    }

    private static void forwardIfMoved(Process p, Object message) {
        if (p.pid.isLocal()) {
            if (p.movedTo != null || Migration.hasMoved(p.pid)) {
                Migration.enterAtHome(p.pid, message);
            }
            return; // ended here: dropped, as Erlang drops it
        }
        if (p.movedTo != null && remote != null) {
            // a process born elsewhere that moved on: through its birth node, which numbers the message
            remote.send(p.pid, message);
        }
    }

    /** The live processes of this node, for the observer: a weakly consistent view, never a copy of them all. */
    static Iterable<Process> liveNow() {
        return LIVE.values();
    }

    static int liveCount() {
        return LIVE.size();
    }

    static void register(Process p) {
        LIVE.put(p.pid.id, p);
    }

    static Process live(long id) {
        return LIVE.get(id);
    }

    /** The process running on this thread, or an error when the code runs outside any process. */
    public static Process current() {
        if (!(Context.current().owner instanceof Process p)) {
            throw SchemeError.error("not inside a process");
        }
        return p;
    }

    /** The process running on this thread, or null outside any process. */
    public static Process currentOrNull() {
        return Context.current().owner instanceof Process p ? p : null;
    }

    public static boolean inProcess() {
        return Context.current().owner != null;
    }

    /**
     * Parks the current process until an event source calls the wake-up it is given ({@code register} hands it
     * over), then runs {@code retry} with the saved continuation. The wake-up may come from any thread, even
     * before the process has finished parking.
     */
    public static void parkUntil(java.util.function.Consumer<Runnable> register, java.util.function.Supplier<Object> retry) {
        current();
        org.termite.runtime.exec.Preemption.parkUntil(register, retry);
    }

    /** Asynchronous send. Messages to a process that has ended are dropped, as in Erlang. */
    public static void send(Pid to, Object message) {
        Process p = to.process;
        if (p == null) {
            if (to.node.equals(Scheduler.nodeName())) {
                return;
            }
            Remote r = remote;
            if (r == null) {
                throw SchemeError.error("!: no connection to the node of", to);
            }
            r.send(to, message);
            return;
        }
        if (p.sequence != null && !to.isLocal() && p != currentOrNull() && remote != null) {
            // a process born on another node: through that node, which numbers its messages so that each sender's
            // keep their order however often it moves (its own messages to itself need no number)
            remote.send(to, message);
            return;
        }
        deliver(p, message);
    }

    /**
     * Links two processes both ways. If one of them has already ended abnormally, the other gets its exit at once,
     * as it would have had the link existed before; if it dies meanwhile, its own exit handling signals the link.
     */
    static void link(Process a, Process b) {
        boolean aAlive = a.link(b);
        boolean bAlive = b.link(a);
        if (!aAlive) {
            b.unlink(a);
            signalDead(a, b);
        }
        if (!bAlive) {
            a.unlink(b);
            signalDead(b, a);
        }
    }

    private static void signalDead(Process dead, Process other) {
        Object reason = dead.exitReason;
        if (reason instanceof Symbol r && r != NORMAL && other.isAlive()) {
            deliverExit(other, new TermiteException(dead.pid, r, null));
        }
    }

    static void deliverExit(Process to, TermiteException e) {
        if (to.trapExit) {
            deliver(to, e);
            return;
        }
        to.addSignal(e);
        Scheduler.get().wake(to);
    }

    /** Ends a process: its links hear of an abnormal exit, its monitors get a DOWN message. */
    @SuppressWarnings("unchecked")
    static void exit(Process p, Symbol reason, Object value) {
        Object[] taken = p.finish(reason);
        if (p.pid.isLocal()) {
            LIVE.remove(p.pid.id, p);
        } else {
            Migration.gone(p);
        }
        Scheduler.get().clearPreemption(p);
        if (reason == TermiteException.FAILURE && p.onExit == null) {
            logFailure(p, value);
        }
        if (reason != NORMAL && reason != MIGRATED) {
            for (Process q : (List<Process>) taken[0]) {
                q.unlink(p);
                deliverExit(q, new TermiteException(p.pid, reason, value));
            }
        } else {
            for (Process q : (List<Process>) taken[0]) {
                q.unlink(p);
            }
        }
        for (Map.Entry<Tag, Process> m : ((Map<Tag, Process>) taken[1]).entrySet()) {
            Monitors.fired(m.getKey());
            send(m.getValue().pid, Pair.list(DOWN, m.getKey(), p.pid, reason));
        }
        java.util.Set<Pid> remoteLinks = (java.util.Set<Pid>) taken[2];
        Map<Tag, Pid> remoteWatchers = (Map<Tag, Pid>) taken[3];
        if ((!remoteLinks.isEmpty() || !remoteWatchers.isEmpty()) && remote != null) {
            remote.exited(p, reason, value, remoteLinks, remoteWatchers);
        }
        Services.forget(p.pid);
        if (p.onExit != null) {
            p.onExit.exited(p, reason, value);
        }
    }

    static void internalError(Process p, Throwable e) {
        org.termite.runtime.io.Ports.diagnostic("internal error in " + p + ": " + e + "\n");
        if (Boolean.getBoolean("termite.debug")) {
            e.printStackTrace();
        }
        exit(p, TermiteException.FAILURE, SchemeError.error("internal error: " + e).payload);
    }

    /** One report per failed process, written whole through the console port (see Ports.diagnostic). */
    private static void logFailure(Process p, Object payload) {
        StringBuilder report = new StringBuilder("error in ").append(p).append(": ")
                .append(FailureText.describe(payload)).append('\n');
        for (String line : p.context.backtraceOf(payload)) {
            report.append("  at ").append(line).append('\n');
        }
        org.termite.runtime.io.Ports.diagnostic(report.toString());
    }
}
