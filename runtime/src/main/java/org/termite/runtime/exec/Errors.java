package org.termite.runtime.exec;

import org.termite.runtime.value.Nil;

/** Hands a raised object to the Scheme-level handler dispatch once it has reached the trampoline base. */
final class Errors {
    /** Defined in the Scheme library: calls the current handler in the raise's dynamic environment. */
    static final Global RAISE_DISPATCH = Globals.cell("%raise-dispatch");

    private Errors() {}

    static Object dispatch(Object payload, Frame k) {
        Object handler = RAISE_DISPATCH.value;
        if (handler instanceof Procedure p && Context.current().dyn.handlers() != Nil.NIL) {
            return p.apply1(Trampoline.baseDepth(), payload);
        }
        throw new Uncaught(payload);
    }
}
