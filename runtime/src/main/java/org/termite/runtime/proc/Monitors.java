package org.termite.runtime.proc;

import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.value.Tag;

/** Which process each monitor reference watches, so demonitor can find it. */
final class Monitors {
    private static final ConcurrentHashMap<Tag, Process> WATCHED = new ConcurrentHashMap<>();

    private Monitors() {}

    static Tag monitor(Process watcher, Process target) {
        Tag ref = Tag.fresh();
        WATCHED.put(ref, target);
        if (!target.addMonitor(ref, watcher)) {
            WATCHED.remove(ref);
            Processes.send(watcher.pid, org.termite.runtime.value.Pair.list(Processes.DOWN, ref, target.pid, Processes.NOPROC));
        }
        return ref;
    }

    /** True if the monitor was removed before it fired: no DOWN message will follow. */
    static boolean demonitor(Tag ref) {
        Process target = WATCHED.remove(ref);
        return target != null && target.removeMonitor(ref);
    }

    static void fired(Tag ref) {
        WATCHED.remove(ref);
    }
}
