package org.termite.runtime.value;

import java.util.concurrent.ConcurrentHashMap;

/** An interned symbol: two symbols with the same name are the same object. Uninterned ones come from gensym. */
public final class Symbol {
    private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>();

    public final String name;
    public final boolean interned;

    private Symbol(String name, boolean interned) {
        this.name = name;
        this.interned = interned;
    }

    public static Symbol of(String name) {
        // get, then putIfAbsent rather than computeIfAbsent with a lambda, a class spun at every start-up
        Symbol s = TABLE.get(name);
        if (s != null) {
            return s;
        }
        Symbol made = new Symbol(name, true);
        s = TABLE.putIfAbsent(name, made);
        return s != null ? s : made;
    }

    public static Symbol uninterned(String name) {
        return new Symbol(name, false);
    }

    @Override
    public String toString() {
        return name;
    }
}
