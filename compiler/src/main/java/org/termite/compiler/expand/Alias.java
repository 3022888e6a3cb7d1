package org.termite.compiler.expand;

import org.termite.runtime.value.Symbol;

/**
 * An identifier renamed by a macro expansion: {@code original} as written in the macro's template, closed over
 * the environment where the macro was defined. A binding form that binds an alias binds only that alias, so it
 * cannot capture the user's identifiers; a free alias resolves in {@code env}, so it cannot be captured by the
 * user's bindings. One expansion makes one alias per template symbol.
 */
public final class Alias {
    public final Object original;
    public final Env env;

    public Alias(Object original, Env env) {
        this.original = original;
        this.env = env;
    }

    /** The symbol this identifier was written as, through any number of renamings. */
    public Symbol symbol() {
        Object o = original;
        while (o instanceof Alias a) {
            o = a.original;
        }
        return (Symbol) o;
    }

    @Override
    public String toString() {
        return symbol().name;
    }
}
