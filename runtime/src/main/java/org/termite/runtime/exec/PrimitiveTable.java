package org.termite.runtime.exec;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;

/**
 * The primitives by Scheme name, as start-up collected them from the classes that define them: what
 * deserialization looks a primitive procedure up in. The list of those classes is start-up's; the table is here so
 * that packages below start-up can use it.
 */
public final class PrimitiveTable {
    // Set once at start-up, read by any thread that decodes a primitive; null before (no lambda: see Boot).
    private static volatile Function<String, List<Method>> table;

    private PrimitiveTable() {}

    /** The methods implementing {@code name}, or an empty list if it is not a primitive. */
    public static List<Method> methods(String name) {
        Function<String, List<Method>> t = table;
        return t == null ? List.of() : t.apply(name);
    }

    /** Start-up's lookup of a primitive's methods by name (which finds them on first use, not all at once). */
    public static void use(Function<String, List<Method>> primitives) {
        table = primitives;
    }
}
