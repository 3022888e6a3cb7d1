package org.termite.runtime.proc;

import org.termite.runtime.value.Symbol;

/**
 * What a linked process learns when its partner exits abnormally: the partner's pid (origin), why (the symbol
 * failure or terminated) and the object it raised, if any. Raised in the partner's next receive, or delivered as
 * a message when it traps exits.
 */
public final class TermiteException {
    public static final Symbol FAILURE = Symbol.of("failure");
    public static final Symbol TERMINATED = Symbol.of("terminated");

    public final Pid origin;
    public final Symbol reason;
    public final Object object;

    public TermiteException(Pid origin, Symbol reason, Object object) {
        this.origin = origin;
        this.reason = reason;
        this.object = object;
    }

    @Override
    public String toString() {
        return "#<termite-exception " + reason + " from " + origin + ">";
    }
}
