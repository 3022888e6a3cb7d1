package org.termite.runtime.proc;

import org.termite.runtime.Capture;
import org.termite.runtime.Context;
import org.termite.runtime.Park;
import org.termite.runtime.Procedure;

/**
 * The safe point of compiled code: reached on a call when the depth limit is lowered, and every thousand
 * iterations of a loop. If the running process was asked to yield it parks (to be re-entered by calling the same
 * procedure with the same arguments); if it was terminated it ends.
 */
public final class Preemption {
    private Preemption() {}

    public static void check(Procedure p, Object[] args) {
        Process proc = Context.current().process;
        if (proc == null) {
            return;
        }
        if (proc.killRequested) {
            throw new ProcessKilled();
        }
        if (proc.preemptRequested) {
            throw Capture.park(new Park(k -> p.call(0, args), true));
        }
    }

    /** Whether the running process must stop at this safe point (for code that builds its own re-entry). */
    public static boolean requested() {
        Process proc = Context.current().process;
        return proc != null && (proc.preemptRequested || proc.killRequested);
    }
}
