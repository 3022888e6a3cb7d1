package org.termite.runtime.proc;

import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.exec.Frame;
import org.termite.runtime.exec.Run;

/**
 * The processes of this node as the observer sees them, read from another thread than the workers: each field is
 * read once, racing with the process, so a row is a recent picture, not an atomic one. Every walk is bounded (rows,
 * frames, messages), so looking at a node with a million processes or a deep continuation costs a bounded time.
 */
public final class ProcessTable {
    /** Frames walked for a position or a size estimate; deeper continuations are counted as this deep. */
    private static final int MAX_FRAMES = 10_000;
    /** Counted messages per mailbox: past this the count says "at least". */
    private static final int MAX_COUNTED = 100_000;
    /** A process at rest, measured (README: 535 bytes); a frame header; one slot; one queued message's node. */
    private static final long BASE_BYTES = 535;
    private static final long FRAME_BYTES = 24;
    private static final long SLOT_BYTES = 8;
    private static final long MESSAGE_BYTES = 40;

    private ProcessTable() {}

    /**
     * One process: {@code key} finds it again ({@link #find}); {@code where} is its innermost procedure of the
     * program and the source position it will go on at, "" while it runs or when unknown.
     */
    public record Row(String key, String pid, String name, String state, int mailbox, long slices, long received,
            List<String> links, List<String> monitoredBy, String procedure, String where, long bytes) {}

    /**
     * A first look at one process, cheap enough to take of every process: how many messages wait and how many it
     * has received. The observer picks the processes worth a {@link #row} from these.
     */
    public record Glance(Process process, int mailbox, long received) {}

    /** A glance at each live process of this node, at most {@code max}, in no particular order. */
    public static List<Glance> glance(int max) {
        List<Glance> all = new ArrayList<>();
        for (Process p : Processes.liveNow()) {
            if (all.size() >= max) {
                break;
            }
            all.add(new Glance(p, p.mailbox.sizeFromOutside(MAX_COUNTED), p.mailbox.received));
        }
        for (Process p : Migration.immigrantsNow()) {
            if (all.size() >= max) {
                break;
            }
            all.add(new Glance(p, p.mailbox.sizeFromOutside(MAX_COUNTED), p.mailbox.received));
        }
        return all;
    }

    /** How many processes live here now. */
    public static int count() {
        return Processes.liveCount() + Migration.immigrantCount();
    }

    /** The live process with this key, or null. */
    public static Process find(String key) {
        int slash = key.lastIndexOf('/');
        if (slash <= 0) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(key.substring(slash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        String node = key.substring(0, slash);
        Process p = node.equals(Scheduler.nodeName()) ? Processes.live(id) : Migration.immigrant(new Pid(node, id, null));
        return p != null && p.isAlive() ? p : null;
    }

    public static String key(Process p) {
        return p.pid.node + "/" + p.pid.id;
    }

    /** The first messages in its mailbox, at most {@code max}, as far as seen from here. */
    public static List<Object> mailbox(Process p, int max) {
        return p.mailbox.peekFromOutside(max);
    }

    /** Where it will go on, innermost first: "file:line:column (in procedure)", at most {@code max} lines. */
    public static List<String> backtrace(Process p, int max) {
        List<String> lines = new ArrayList<>();
        Run run = p.run;
        if (run == null || p.state.phase() == StateWord.RUNNING) {
            return lines;
        }
        int walked = 0;
        for (Frame f = run.continuation(); f != null && lines.size() < max && walked < MAX_FRAMES; f = f.next(), walked++) {
            String pos = f.code.resumePosition(f.point);
            if (pos != null) {
                lines.add(pos + " (in " + f.code.name() + ")");
            }
        }
        return lines;
    }

    /** Everything shown of one process: its continuation walked (bounded), its links read under its lock. */
    public static Row row(Process p) {
        int state = p.state.phase();
        String procedure = "";
        String where = "";
        long bytes = BASE_BYTES;
        Run run = p.run;
        if (run != null && state != StateWord.RUNNING) {
            int walked = 0;
            for (Frame f = run.continuation(); f != null && walked < MAX_FRAMES; f = f.next(), walked++) {
                bytes += FRAME_BYTES + SLOT_BYTES * f.slotCount();
                if (where.isEmpty()) {
                    String pos = f.code.resumePosition(f.point);
                    // the library's internal procedures (a leading %) are plumbing, not where the program is
                    if (pos != null && !f.code.name().startsWith("%")) {
                        procedure = f.code.name();
                        where = pos;
                    }
                }
            }
        }
        int waiting = p.mailbox.sizeFromOutside(MAX_COUNTED);
        bytes += MESSAGE_BYTES * waiting;
        List<String> links = new ArrayList<>();
        List<String> monitoredBy = new ArrayList<>();
        p.describeLinks(links, monitoredBy, 20);
        String name = p.name;
        return new Row(key(p), p.pid.toString(), name == null ? "" : name, stateName(p, state), waiting, p.slices,
                p.mailbox.received, links, monitoredBy, procedure, where, bytes);
    }

    private static String stateName(Process p, int state) {
        return switch (state) {
            case StateWord.RUNNABLE -> "runnable";
            case StateWord.RUNNING -> "running";
            case StateWord.WAITING -> p.timer != null ? "waiting (timeout)" : "waiting";
            default -> "done";
        };
    }
}
