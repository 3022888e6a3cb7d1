package org.termite.runtime;

import java.util.concurrent.ConcurrentHashMap;

/** The global environment: one cell per name. */
public final class Globals {
    private static final ConcurrentHashMap<Symbol, Global> CELLS = new ConcurrentHashMap<>();

    private Globals() {}

    public static Global cell(Symbol name) {
        Global g = CELLS.get(name);
        return g != null ? g : CELLS.computeIfAbsent(name, Global::new);
    }

    public static Global cell(String name) {
        return cell(Symbol.of(name));
    }

    public static void define(String name, Object value) {
        cell(name).value = value;
    }

    /** The names of the globals that have a value, for completion in the REPL. */
    public static java.util.List<String> definedNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        CELLS.forEach((name, g) -> {
            if (g.value != Global.UNBOUND) {
                names.add(name.name);
            }
        });
        return names;
    }

    /** The value of a global, or null if it is unbound. */
    public static Object lookup(String name) {
        Global g = CELLS.get(Symbol.of(name));
        return g == null || g.value == Global.UNBOUND ? null : g.value;
    }
}
