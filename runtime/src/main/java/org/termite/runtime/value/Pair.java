package org.termite.runtime.value;

/** A mutable pair, the building block of lists. */
public final class Pair {
    public Object car;
    public Object cdr;

    public Pair(Object car, Object cdr) {
        this.car = car;
        this.cdr = cdr;
    }

    /** Builds a proper list of the given elements. */
    public static Object list(Object... elements) {
        Object list = Nil.NIL;
        for (int i = elements.length - 1; i >= 0; i--) {
            list = new Pair(elements[i], list);
        }
        return list;
    }

    @Override
    public String toString() {
        return org.termite.runtime.value.Written.of(this);
    }
}
