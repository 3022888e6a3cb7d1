package org.termite.runtime.code;

/** Code from another node that this node will not define, and why; no stack trace (a peer's bytes are not a bug here). */
public final class CodeRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public CodeRefused(String why) {
        super(why, null, false, false);
    }
}
