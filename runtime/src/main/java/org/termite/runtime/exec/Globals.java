package org.termite.runtime.exec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.value.Symbol;

/**
 * The node's global environment: one cell per name. Compiled code resolves its cells when its class is initialized,
 * through {@link #cell(Class, String)}, so code loaded for another module version (see {@link Namespace}) can mean
 * other cells by the same names.
 */
public final class Globals {
    private static final ConcurrentHashMap<Symbol, Global> CELLS = new ConcurrentHashMap<>();

    private Globals() {}

    /** The name of a global bound to {@code value}, or null: one look at every global, for the rare value that travels by name. */
    public static String nameBoundTo(Object value) {
        for (Map.Entry<Symbol, Global> e : CELLS.entrySet()) {
            if (e.getValue().value == value) {
                return e.getKey().name;
            }
        }
        return null;
    }

    public static Global cell(Symbol name) {
        // get, then putIfAbsent rather than computeIfAbsent with a lambda, a class spun at every start-up
        Global g = CELLS.get(name);
        if (g != null) {
            return g;
        }
        Global made = new Global(name);
        g = CELLS.putIfAbsent(name, made);
        return g != null ? g : made;
    }

    public static Global cell(String name) {
        return cell(Symbol.of(name));
    }

    /** The cell that compiled class {@code owner} means by {@code name}: in its loader's namespace, if it has one. */
    public static Global cell(Class<?> owner, String name) {
        if (owner.getClassLoader() instanceof Namespace ns) {
            return ns.cell(Symbol.of(name));
        }
        return cell(Symbol.of(name));
    }

    /**
     * Marks every global bound now as the runtime's own (primitives and the standard library): code that travels to
     * another node uses that node's binding of such a name, and takes a copy of every other global it refers to.
     */
    public static void markStandard() {
        for (Global g : CELLS.values()) {
            if (g.value != Global.UNBOUND) {
                g.standard = true;
            }
        }
    }

    public static void define(String name, Object value) {
        cell(name).value = value;
    }

    /** The names of the globals that have a value, for completion in the REPL. */
    public static java.util.List<String> definedNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        CELLS.forEach((name, g) -> {
            if (g.value != Global.UNBOUND || LazyModules.isLazyName(name)) {
                names.add(name.name);
            }
        });
        return names;
    }

    /** The value of a global, or null if it is unbound (a lazy library module that defines it runs first). */
    public static Object lookup(String name) {
        Symbol s = Symbol.of(name);
        Global g = CELLS.get(s);
        if (g == null && LazyModules.isLazyName(s)) {
            g = cell(s);
        }
        if (g == null) {
            return null;
        }
        Object v = g.value == Global.UNBOUND ? LazyModules.resolve(g) : g.value;
        return v == Global.UNBOUND ? null : v;
    }
}
