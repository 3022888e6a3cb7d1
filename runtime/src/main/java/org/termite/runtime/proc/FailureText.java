package org.termite.runtime.proc;

import org.termite.runtime.exec.ErrorObject;

/** The one-line text of a failure: what an uncaught raise prints, and what a crashed process's report starts with. */
public final class FailureText {
    private FailureText() {}

    /** The message an uncaught raise of {@code payload} prints. */
    public static String describe(Object payload) {
        if (payload instanceof ErrorObject e) {
            return e.describe();
        }
        if (payload instanceof TermiteException t) {
            return "linked process " + t.origin + " exited: " + t.reason
                    + (t.object == null ? "" : " (" + describe(t.object) + ")");
        }
        return "uncaught exception: " + org.termite.runtime.text.Printer.toWriteString(payload);
    }
}
