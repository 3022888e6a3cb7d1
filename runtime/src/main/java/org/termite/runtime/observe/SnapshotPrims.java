package org.termite.runtime.observe;

import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.ProcessTable;
import org.termite.runtime.text.Printer;

/**
 * What every node answers the observer, as primitives of the runtime (so a node that runs no program answers too):
 * its picture, one process's mailbox and backtrace, and terminating a process. The observing node calls them on the
 * other nodes with the library's {@code on}. Answers are JSON text, built on the collector's thread.
 */
public final class SnapshotPrims {
    /** Messages and backtrace lines shown for one process, and the length of one message written out. */
    private static final int MAX_MESSAGES = 50;
    private static final int MAX_LINES = 40;
    private static final int MAX_MESSAGE_CHARS = 400;

    private SnapshotPrims() {}

    /** (%observe-local views): this node's picture; views is a list of (name . text) pairs. */
    @Primitive("%observe-local")
    public static Object local(Object views) {
        List<String[]> texts = new ArrayList<>();
        for (Object v = views; v instanceof Pair p; v = p.cdr) {
            if (p.car instanceof Pair view) {
                texts.add(new String[] {text(view.car), text(view.cdr)});
            }
        }
        return Collector.inProcess("%observe-local", () -> MString.of(LocalSnapshot.build(texts)));
    }

    /** (%observe-process key): the mailbox and backtrace of the process with that key, as JSON. */
    @Primitive("%observe-process")
    public static Object process(Object key) {
        String k = text(key);
        return Collector.inProcess("%observe-process", () -> {
            Process p = ProcessTable.find(k);
            if (p == null) {
                return MString.of("{\"key\":" + Json.str(k) + ",\"found\":false}");
            }
            List<String> messages = new ArrayList<>();
            for (Object m : ProcessTable.mailbox(p, MAX_MESSAGES)) {
                messages.add(written(m));
            }
            return MString.of("{\"key\":" + Json.str(k) + ",\"found\":true,\"pid\":" + Json.str(p.pid.toString())
                    + ",\"mailbox\":" + Json.strings(messages)
                    + ",\"backtrace\":" + Json.strings(ProcessTable.backtrace(p, MAX_LINES)) + "}");
        });
    }

    /** (%observe-terminate key): ends the process with that key; #t if it was alive. */
    @Primitive("%observe-terminate")
    public static boolean terminate(Object key) {
        Process p = ProcessTable.find(text(key));
        if (p == null) {
            return false;
        }
        org.termite.runtime.proc.ProcessPrims.terminate(p.pid);
        return true;
    }

    /** A message written out, cut short; one that cannot be written (changing as it is read) says so. */
    private static String written(Object m) {
        String s;
        try {
            s = Printer.toWriteString(m);
        } catch (RuntimeException e) {
            s = "#<message that could not be written: " + e.getClass().getSimpleName() + ">";
        }
        return s.length() > MAX_MESSAGE_CHARS ? s.substring(0, MAX_MESSAGE_CHARS) + " ..." : s;
    }

    static String text(Object x) {
        if (x instanceof MString s) {
            return s.toString();
        }
        if (x == null) {
            throw SchemeError.error("observer: expected a string, got nothing");
        }
        return Printer.toDisplayString(x);
    }
}
