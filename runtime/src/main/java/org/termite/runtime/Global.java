package org.termite.runtime;

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

    Global(Symbol name) {
        this.name = name;
    }

    public Object get() {
        Object v = value;
        if (v == UNBOUND) {
            throw SchemeError.error("unbound variable:", name);
        }
        return v;
    }

    public void set(Object v) {
        if (value == UNBOUND) {
            throw SchemeError.error("set!: unbound variable:", name);
        }
        value = v;
    }

    public boolean isBound() {
        return value != UNBOUND;
    }
}
