package org.termite.runtime.num;

/** Stub: replaced by the full number parser. */
public final class NumberParser {
    private NumberParser() {}

    /** The number written as {@code text} (with optional prefixes) in the default radix, or null if none. */
    public static Object parse(String text, int radix) {
        try {
            return Long.parseLong(text, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
