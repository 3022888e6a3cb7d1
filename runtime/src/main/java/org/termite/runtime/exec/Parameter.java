package org.termite.runtime.exec;

import org.termite.runtime.value.Box;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Unspecified;

/**
 * A parameter object (SRFI 39 / R7RS make-parameter). Its current value is the innermost binding of it in the
 * dynamic environment's parameter list (an alist of parameter to {@link Box}), else its global value.
 * Calling it with one argument sets the current binding, as Gambit allows.
 */
public final class Parameter extends Procedure {
    public Object globalValue;
    /** Applied by parameterize to new values; null means none. */
    public final Procedure converter;
    private final String name;

    public Parameter(Object initial, Procedure converter, String name) {
        this.globalValue = initial;
        this.converter = converter;
        this.name = name;
    }

    /** The current value on this thread. */
    public Object value() {
        Box b = binding(Context.current().dyn.parameters());
        return b != null ? b.value : globalValue;
    }

    private Box binding(Object alist) {
        for (Object l = alist; l instanceof Pair p; l = p.cdr) {
            Pair entry = (Pair) p.car;
            if (entry.car == this) {
                return (Box) entry.cdr;
            }
        }
        return null;
    }

    @Override
    public Object apply0(int d) {
        return value();
    }

    @Override
    public Object apply1(int d, Object v) {
        Box b = binding(Context.current().dyn.parameters());
        if (b != null) {
            b.value = v;
        } else {
            globalValue = v;
        }
        return Unspecified.VALUE;
    }

    @Override
    public Object applyN(int d, Object[] args) {
        if (args.length == 0) {
            return apply0(d);
        }
        if (args.length == 1) {
            return apply1(d, args[0]);
        }
        throw Rt.arityError(this, args.length, 0, 1);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "#<parameter " + name + ">";
    }
}
