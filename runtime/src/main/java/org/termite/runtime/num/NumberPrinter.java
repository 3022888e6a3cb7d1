package org.termite.runtime.num;

/** Stub: replaced by the full number printer. */
public final class NumberPrinter {
    private NumberPrinter() {}

    public static String toString(Object number, int radix) {
        return String.valueOf(number);
    }
}
