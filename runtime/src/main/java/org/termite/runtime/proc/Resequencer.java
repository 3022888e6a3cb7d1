package org.termite.runtime.proc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The order of the messages of a process that has moved between nodes. Once a process has left its birth node,
 * every message for it (but its own to itself) goes through that node, which numbers it ({@link Migration#stamp});
 * the numbered messages then reach the process by whatever path its moves left behind (forwarding addresses,
 * messages that overtook it, messages that bounced back), and this puts them back in the order the birth node
 * numbered them. A sender's messages are numbered in the order it sent them, so each pair of processes keeps its
 * order, whatever the process's moves.
 *
 * <p>A number that never comes means a message was lost, which happens only when a node on its way was lost: the
 * messages after it wait {@link #GAP_WAIT_NANOS} (more than the time a lost node takes to be declared lost) and then
 * go on without it.
 */
final class Resequencer {
    static final long GAP_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("termite.gap.wait.ms", 15_000));

    private final Process process;
    // Guarded by this: numbered arrivals (any thread) against the process leaving (its own thread).
    private long expected;
    private final TreeMap<Long, Object> waiting = new TreeMap<>();
    private long gapSince;
    private boolean left;

    Resequencer(Process process, long expected, Map<Long, Object> waiting) {
        this.process = process;
        this.expected = expected;
        this.waiting.putAll(waiting);
    }

    /**
     * A numbered message arrived where the process lives: into its mailbox if it is next, kept until the ones
     * before it came otherwise. False when the process has left: the caller sends the message after it.
     */
    boolean offer(long seq, Object message) {
        boolean release;
        synchronized (this) {
            if (left) {
                return false;
            }
            if (seq < expected) {
                return true; // a duplicate
            }
            if (seq > expected) {
                boolean firstGap = waiting.isEmpty();
                waiting.put(seq, message);
                if (firstGap) {
                    gapSince = System.nanoTime();
                    release = true;
                } else {
                    release = false;
                }
            } else {
                Processes.intoMailbox(process, message);
                expected++;
                drain();
                release = false;
            }
        }
        if (release) {
            Scheduler.get().timers.after(GAP_WAIT_NANOS, this::skipStaleGap);
        }
        return true;
    }

    private void drain() {
        while (!waiting.isEmpty() && waiting.firstKey() == expected) {
            Processes.intoMailbox(process, waiting.pollFirstEntry().getValue());
            expected++;
        }
        gapSince = waiting.isEmpty() ? 0 : System.nanoTime();
    }

    /** The messages after a gap that lasted longer than a lost node takes to be declared lost go on without it. */
    private void skipStaleGap() {
        boolean again;
        synchronized (this) {
            if (left || waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() - gapSince >= GAP_WAIT_NANOS) {
                expected = waiting.firstKey();
                drain();
            }
            again = !waiting.isEmpty();
        }
        if (again) {
            Scheduler.get().timers.after(GAP_WAIT_NANOS, this::skipStaleGap);
        }
    }

    /**
     * The process leaves: numbered messages that arrive from now on follow it, and what it takes is the next number
     * it expects and the messages kept for later, in order.
     */
    synchronized Taken leave() {
        left = true;
        List<Object> kept = new ArrayList<>();
        for (Map.Entry<Long, Object> e : waiting.entrySet()) {
            kept.add(e.getKey());
            kept.add(e.getValue());
        }
        return new Taken(expected, kept);
    }

    /** What a leaving process takes with it: the next number, and the kept messages as number, message, .... */
    record Taken(long expected, List<Object> kept) {}
}
