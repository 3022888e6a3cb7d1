package org.termite.runtime.text;

/** Stub: replaced by the full printer. */
public final class Printer {
    private Printer() {}

    public static String toWriteString(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, true, sb);
        return sb.toString();
    }

    public static String toDisplayString(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, false, sb);
        return sb.toString();
    }

    public static void print(Object x, boolean write, StringBuilder out) {
        out.append(String.valueOf(x));
    }
}
