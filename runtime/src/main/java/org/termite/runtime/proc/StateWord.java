package org.termite.runtime.proc;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A process's state as one atomic word, as BEAM and Pekko keep it: the phase of its life in the low bits and the
 * requests other threads make of it as flags. One word means one read tells a worker everything, and a change of
 * phase sees the flags set up to that instant: a worker parking a process learns in the same atomic step whether a
 * wake-up, kill or signal arrived while it was still running, so none is lost between two separate fields.
 */
final class StateWord {
    /** Phases: ready to run (in a queue, or about to be), running on a worker, waiting for an event, ended. */
    static final int RUNNABLE = 0;
    static final int RUNNING = 1;
    static final int WAITING = 2;
    static final int DONE = 3;
    private static final int PHASE = 3;

    /** Asked to yield at its next safe point (the ticker, when others wait for the worker). */
    static final int PREEMPT = 1 << 2;
    /** Asked to end (terminate!): at its next safe point, or when next scheduled. */
    static final int KILL = 1 << 3;
    /** An event source (timer, port, offloaded call) woke it, so a wake-up racing with parking is not lost. */
    static final int WAKE = 1 << 4;
    /** Exit signals from links wait to be delivered. */
    static final int SIGNALS = 1 << 5;
    /** It moved to another node (migrate-task): messages follow it there. */
    static final int MOVED = 1 << 6;

    private final AtomicInteger word = new AtomicInteger(RUNNABLE);

    int phase() {
        return word.get() & PHASE;
    }

    /** Whether any of {@code flags} is set. */
    boolean any(int flags) {
        return (word.get() & flags) != 0;
    }

    /** Moves to {@code phase} whatever the phase was, clearing {@code clear}; the word as it was before. */
    int enter(int phase, int clear) {
        while (true) {
            int w = word.get();
            if (word.compareAndSet(w, (w & ~(PHASE | clear)) | phase)) {
                return w;
            }
        }
    }

    /** Moves from phase {@code from} to {@code to}; false if the phase was another. */
    boolean move(int from, int to) {
        while (true) {
            int w = word.get();
            if ((w & PHASE) != from) {
                return false;
            }
            if (word.compareAndSet(w, (w & ~PHASE) | to)) {
                return true;
            }
        }
    }

    /** Sets {@code flag}; true if this call set it (it was clear). */
    boolean raise(int flag) {
        return (word.getAndUpdate(w -> w | flag) & flag) == 0;
    }

    /** Clears {@code flag}; true if this call cleared it (it was set). */
    boolean lower(int flag) {
        return (word.getAndUpdate(w -> w & ~flag) & flag) != 0;
    }

    @Override
    public String toString() {
        int w = word.get();
        return new String[] {"runnable", "running", "waiting", "done"}[w & PHASE]
                + ((w & PREEMPT) != 0 ? "+preempt" : "") + ((w & KILL) != 0 ? "+kill" : "")
                + ((w & WAKE) != 0 ? "+wake" : "") + ((w & SIGNALS) != 0 ? "+signals" : "")
                + ((w & MOVED) != 0 ? "+moved" : "");
    }
}
