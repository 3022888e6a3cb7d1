package org.termite.runtime.exec;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * The primitives by Scheme name, as start-up collected them from the classes that define them: what
 * deserialization looks a primitive procedure up in. The list of those classes is start-up's; the table is here so
 * that packages below start-up can use it.
 */
public final class PrimitiveTable {
    // Set once at start-up, read by any thread that decodes a primitive.
    private static volatile Map<String, List<Method>> table = Map.of();

    private PrimitiveTable() {}

    /** The methods implementing {@code name}, or an empty list if it is not a primitive. */
    public static List<Method> methods(String name) {
        return table.getOrDefault(name, List.of());
    }

    public static void use(Map<String, List<Method>> primitives) {
        table = primitives;
    }
}
