package org.termite.runtime.exec;

import org.termite.runtime.value.Symbol;

/**
 * A global variable's cell. Compiled code holds the cell in a static field, resolved by name when its class
 * is initialized, so a global is always looked up on the node where the code runs.
 */
public final class Global {
    public static final Object UNBOUND = new Object() {
        @Override
        public String toString() {
            return "#!unbound";
        }
    };

    public final Symbol name;
    /** Plain field: globals are defined at load time and read on every call; a racy read sees a defined value. */
    public Object value = UNBOUND;
    /** Bound by the runtime or its standard library when the node booted (see {@link Globals#markStandard}). */
    volatile boolean standard;

    Global(Symbol name) {
        this.name = name;
    }

    /** A cell outside the node's global environment, for a {@link Namespace} of its own. */
    public static Global detached(Symbol name) {
        return new Global(name);
    }

    /** Whether this is a global of the runtime or the standard library rather than of a program. */
    public boolean isStandard() {
        return standard;
    }

    public Object get() {
        Object v = value;
        if (v == UNBOUND) {
            v = LazyModules.resolve(this);
            if (v == UNBOUND) {
                throw SchemeError.error("unbound variable:", name);
            }
        }
        return v;
    }

    public void set(Object v) {
        if (value == UNBOUND && LazyModules.resolve(this) == UNBOUND) {
            throw SchemeError.error("set!: unbound variable:", name);
        }
        value = v;
    }

    public boolean isBound() {
        return value != UNBOUND || LazyModules.resolve(this) != UNBOUND;
    }
}
