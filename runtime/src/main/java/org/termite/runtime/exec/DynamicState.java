package org.termite.runtime.exec;

import org.termite.runtime.value.Nil;

/**
 * The dynamic environment of running code: the dynamic-wind winders, the exception handlers and the
 * parameter bindings, each a Scheme list, innermost first. Immutable, so a continuation saves it by reference
 * and restores it when invoked.
 */
public record DynamicState(Object winders, Object handlers, Object parameters) {
    public static final DynamicState EMPTY = new DynamicState(Nil.NIL, Nil.NIL, Nil.NIL);

    public DynamicState withWinders(Object w) {
        return new DynamicState(w, handlers, parameters);
    }

    public DynamicState withHandlers(Object h) {
        return new DynamicState(winders, h, parameters);
    }

    public DynamicState withParameters(Object p) {
        return new DynamicState(winders, handlers, p);
    }
}
