package org.termite.runtime.value;

import java.util.function.Function;

/**
 * How a value is written in texts made below the printer (a pair's {@code toString}, an error message): the
 * printer lives in a package above this one and installs itself here when it is loaded, which start-up does.
 * Code that writes a value before start-up (a unit test of a primitive, a tool) loads the printer by name the
 * first time, the one place this package names a class above it; without it, values are written plainly.
 */
public final class Written {
    private static final String PRINTER = "org.termite.runtime.text.Printer";
    // Installed once when the printer loads, read on any thread.
    private static volatile Function<Object, String> writer;

    private Written() {}

    /** {@code value} as {@code write} prints it. */
    public static String of(Object value) {
        Function<Object, String> w = writer;
        if (w == null) {
            w = loadPrinter();
        }
        return w.apply(value);
    }

    private static Function<Object, String> loadPrinter() {
        try {
            Class.forName(PRINTER, true, Written.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            writer = Written::plainly;
        }
        return writer != null ? writer : Written::plainly;
    }

    public static void install(Function<Object, String> printer) {
        writer = printer;
    }

    private static String plainly(Object value) {
        if (!(value instanceof Pair)) {
            return String.valueOf(value);
        }
        StringBuilder sb = new StringBuilder("(");
        Object rest = value;
        for (int n = 0; rest instanceof Pair p && n < 1000; n++, rest = p.cdr) {
            sb.append(n == 0 ? "" : " ").append(plainly(p.car));
        }
        if (rest != Nil.NIL) {
            sb.append(" . ").append(plainly(rest));
        }
        return sb.append(')').toString();
    }
}
