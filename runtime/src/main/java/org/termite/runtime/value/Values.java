package org.termite.runtime.value;

/** Zero or several values returned at once; a single value is never wrapped. */
public final class Values {
    public final Object[] values;

    private Values(Object[] values) {
        this.values = values;
    }

    public static Object of(Object[] values) {
        return values.length == 1 ? values[0] : new Values(values);
    }

    /** Several values where one was expected print as Gambit's REPL shows them, one after the other. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("#<values");
        for (Object v : values) {
            sb.append(' ').append(org.termite.runtime.value.Written.of(v));
        }
        return sb.append('>').toString();
    }
}
