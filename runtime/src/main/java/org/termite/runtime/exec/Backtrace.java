package org.termite.runtime.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * Source positions of an error: the innermost compiled code where it was raised (generated classes carry their
 * .scm file name and line numbers), then one per frame of the continuation that was captured when the error
 * reached the trampoline base. Frames of the library's internal procedures (named with a leading %) are left out.
 */
final class Backtrace {
    static final int MAX_LINES = 20;

    private Backtrace() {}

    static List<String> of(SchemeError error, Frame k) {
        List<String> lines = new ArrayList<>();
        if (error.origin != null) {
            lines.add(error.origin);
        }
        int skipped = 0;
        for (Frame f = k; f != null; f = f.next) {
            String pos = f.code.resumePosition(f.point);
            if (pos == null || f.code.name().startsWith("%")) {
                // the runtime's own plumbing (%run-program, %on-other, ...) is not where a program went wrong
                continue;
            }
            String line = pos + " (in " + f.code.name() + ")";
            if (lines.size() >= MAX_LINES) {
                skipped++;
            } else if (lines.isEmpty() || !sameLine(lines.get(lines.size() - 1), line)) {
                lines.add(line);
            }
        }
        if (skipped > 0) {
            lines.add("... " + skipped + " more");
        }
        return lines;
    }

    private static boolean sameLine(String previous, String next) {
        return previous.equals(next);
    }
}
