package org.termite.runtime.proc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.Run;
import org.termite.runtime.value.Tag;

/**
 * A lightweight process: a computation ({@link Run}), its dynamic environment ({@link Context}), a mailbox,
 * and its links and monitors. While it waits it holds no thread: it is its saved continuation and mailbox.
 *
 * <p>{@link #state} is one atomic word ({@link StateWord}): its phase and the requests of other threads, because a
 * sender (any thread) and the worker that parks the process race to decide who schedules it: see
 * {@link Scheduler#park}.
 */
public final class Process implements org.termite.runtime.exec.Owner {
    private static final AtomicLong IDS = new AtomicLong();

    public final Pid pid;
    public final Context context = new Context();
    final Mailbox mailbox = new Mailbox();
    final StateWord state = new StateWord();
    Run run;
    // Set by the process (or a registry), read by any thread that prints or looks it up.
    volatile String name;

    /**
     * The node this process moved to (migrate-task), set before {@link StateWord#MOVED} and before its mailbox
     * closes: messages follow it there. Volatile because senders on any thread read it after seeing the flag.
     */
    volatile String movedTo;
    /**
     * Puts the numbered messages of a process that has moved back in order; null for a process that never left
     * its birth node (most of them), which needs none. Set before the process starts on a node.
     */
    Resequencer sequence;
    /** The timer of the receive timeout or sleep it waits for, cancelled when it runs again. */
    java.util.concurrent.ScheduledFuture<?> timer;
    ExitListener onExit;
    /** Slices run so far, the observer's measure of work done: written only by the worker running the process. */
    long slices;

    // Links, monitors, pending exit signals: changed by other processes, so guarded by this. Most processes have
    // none, and a node holds a million processes, so the collections are made on first use.
    private Set<Process> links;
    private Map<Tag, Process> monitors;
    /** Links to processes of other nodes, and monitors of this process held by processes of other nodes. */
    private Set<Pid> remoteLinks;
    private Map<Tag, Pid> remoteWatchers;
    private List<TermiteException> signals;
    boolean trapExit;
    Object exitReason;

    Process(String node) {
        this.pid = new Pid(node, IDS.incrementAndGet(), this);
        context.owner = this;
    }

    /** A process that moved here from another node, under the pid it was born with. */
    Process(String node, long id) {
        this.pid = new Pid(node, id, this);
        context.owner = this;
    }

    @Override
    public boolean stopRequested() {
        return state.any(StateWord.PREEMPT | StateWord.KILL);
    }

    @Override
    public void atSafePoint(org.termite.runtime.exec.Procedure p, Object[] args) {
        if (!state.any(StateWord.PREEMPT | StateWord.KILL)) {
            return;
        }
        if (state.any(StateWord.KILL)) {
            throw new ProcessKilled();
        }
        {
            throw org.termite.runtime.exec.Capture.park(new org.termite.runtime.exec.Park(k -> p.call(org.termite.runtime.exec.Trampoline.baseDepth(), args), true));
        }
    }

    @Override
    public Runnable waker() {
        return () -> {
            state.raise(StateWord.WAKE);
            Scheduler.get().wake(this);
        };
    }

    public boolean trapsExits() {
        return trapExit;
    }

    public void trapExits(boolean flag) {
        trapExit = flag;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public boolean isAlive() {
        return state.phase() != StateWord.DONE;
    }

    public String name() {
        return name;
    }

    synchronized boolean link(Process other) {
        if (state.phase() == StateWord.DONE) {
            return false;
        }
        if (links == null) {
            links = new LinkedHashSet<>();
        }
        links.add(other);
        return true;
    }

    synchronized void unlink(Process other) {
        if (links != null) {
            links.remove(other);
        }
    }

    synchronized boolean addMonitor(Tag ref, Process watcher) {
        if (state.phase() == StateWord.DONE) {
            return false;
        }
        if (monitors == null) {
            monitors = new LinkedHashMap<>();
        }
        monitors.put(ref, watcher);
        return true;
    }

    /** True if the monitor was still in place, so that no DOWN message for it will come. */
    synchronized boolean removeMonitor(Tag ref) {
        return monitors != null && monitors.remove(ref) != null;
    }

    /** Marks the process done and takes its links and monitors, which the caller then notifies. */
    synchronized Object[] finish(Object reason) {
        state.enter(StateWord.DONE, 0);
        exitReason = reason;
        Object[] taken = {links == null ? List.of() : new ArrayList<>(links),
                monitors == null ? Map.of() : new LinkedHashMap<>(monitors),
                remoteLinks == null ? Set.of() : new LinkedHashSet<>(remoteLinks),
                remoteWatchers == null ? Map.of() : new LinkedHashMap<>(remoteWatchers)};
        links = null;
        monitors = null;
        remoteLinks = null;
        remoteWatchers = null;
        return taken;
    }

    /** False if the process has ended: the caller then answers for it (an exit or a DOWN saying noproc). */
    public synchronized boolean addRemoteLink(Pid other) {
        if (state.phase() == StateWord.DONE) {
            return false;
        }
        if (remoteLinks == null) {
            remoteLinks = new LinkedHashSet<>();
        }
        remoteLinks.add(other);
        return true;
    }

    /** This process's links to processes of {@code node}. */
    public synchronized java.util.List<Pid> remoteLinksTo(String node) {
        if (remoteLinks == null) {
            return List.of();
        }
        return remoteLinks.stream().filter(p -> p.node.equals(node)).toList();
    }

    public synchronized boolean removeRemoteLink(Pid other) {
        return remoteLinks != null && remoteLinks.remove(other);
    }

    public synchronized boolean addRemoteWatcher(Tag ref, Pid watcher) {
        if (state.phase() == StateWord.DONE) {
            return false;
        }
        if (remoteWatchers == null) {
            remoteWatchers = new LinkedHashMap<>();
        }
        remoteWatchers.put(ref, watcher);
        return true;
    }

    public synchronized void removeRemoteWatcher(Tag ref) {
        if (remoteWatchers != null) {
            remoteWatchers.remove(ref);
        }
    }

    /** Its links and its watchers (monitors of it), as pids written out, at most {@code max} of each. */
    synchronized void describeLinks(List<String> linkedTo, List<String> watchers, int max) {
        if (links != null) {
            links.stream().limit(max).forEach(q -> linkedTo.add(q.pid.toString()));
        }
        if (remoteLinks != null) {
            remoteLinks.stream().limit(Math.max(0, max - linkedTo.size())).forEach(q -> linkedTo.add(q.toString()));
        }
        if (monitors != null) {
            monitors.values().stream().limit(max).forEach(q -> watchers.add(q.pid.toString()));
        }
        if (remoteWatchers != null) {
            remoteWatchers.values().stream().limit(Math.max(0, max - watchers.size())).forEach(q -> watchers.add(q.toString()));
        }
    }

    /** Why the process ended, once it has: a symbol such as normal or failure; null while it runs. */
    public synchronized Object exitReason() {
        return exitReason;
    }

    synchronized void addSignal(TermiteException e) {
        if (signals == null) {
            signals = new ArrayList<>();
        }
        signals.add(e);
        state.raise(StateWord.SIGNALS);
    }

    /** The oldest pending exit signal, removed, or null. Called by the process itself. */
    TermiteException takeSignal() {
        if (!state.any(StateWord.SIGNALS)) {
            return null;
        }
        synchronized (this) {
            TermiteException e = signals == null || signals.isEmpty() ? null : signals.remove(0);
            if (signals == null || signals.isEmpty()) {
                state.lower(StateWord.SIGNALS);
            }
            return e;
        }
    }

    boolean hasSignals() {
        return state.any(StateWord.SIGNALS);
    }

    /** Asks the process to end at its next safe point or when next scheduled (terminate!). */
    void requestKill() {
        state.raise(StateWord.KILL);
    }

    boolean killRequested() {
        return state.any(StateWord.KILL);
    }

    /** Records that an event source woke it, before {@link Scheduler#wake}. */
    void requestWake() {
        state.raise(StateWord.WAKE);
    }

    /** The process's state word as text, for diagnostics. */
    public String stateText() {
        return state.toString();
    }

    @Override
    public String toString() {
        return pid.toString();
    }
}
