package org.termite.compiler.expand;

import java.util.IdentityHashMap;
import java.util.Map;
import org.termite.runtime.value.Symbol;

/**
 * A syntactic environment: a chain of scopes mapping identifiers (symbols, or {@link Alias}es by identity) to
 * bindings. The outermost scope holds the special forms; the one inside it the program's global macros.
 */
public final class Env {
    public final Env parent;
    private final Map<Object, Binding> bindings = new IdentityHashMap<>();

    public Env(Env parent) {
        this.parent = parent;
    }

    public Env extend() {
        return new Env(this);
    }

    public void bind(Object identifier, Binding binding) {
        bindings.put(identifier, binding);
    }

    /** The binding of an identifier, or null if it names a global variable. */
    public Binding resolve(Object identifier) {
        Object id = identifier;
        Env env = this;
        while (true) {
            for (Env e = env; e != null; e = e.parent) {
                Binding b = e.bindings.get(id);
                if (b != null) {
                    return b instanceof Binding.GlobalVar ? null : b;
                }
            }
            if (id instanceof Alias a) {
                id = a.original;
                env = a.env;
            } else {
                return null;
            }
        }
    }

    /** The outermost scope, where global macro definitions go. */
    public Env global() {
        Env e = this;
        while (e.parent != null && e.parent.parent != null) {
            e = e.parent;
        }
        return e;
    }

    public static Symbol symbolOf(Object identifier) {
        return identifier instanceof Alias a ? a.symbol() : (Symbol) identifier;
    }

    public static boolean isIdentifier(Object x) {
        return x instanceof Symbol || x instanceof Alias;
    }
}
