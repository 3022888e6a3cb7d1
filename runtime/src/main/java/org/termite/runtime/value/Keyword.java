package org.termite.runtime.value;

import java.util.concurrent.ConcurrentHashMap;

/** A Gambit keyword such as {@code name:}, self-evaluating and interned. */
public final class Keyword {
    private static final ConcurrentHashMap<String, Keyword> TABLE = new ConcurrentHashMap<>();

    public final String name;

    private Keyword(String name) {
        this.name = name;
    }

    public static Keyword of(String name) {
        // as Symbol.of: no lambda on the way of start-up
        Keyword k = TABLE.get(name);
        if (k != null) {
            return k;
        }
        Keyword made = new Keyword(name);
        k = TABLE.putIfAbsent(name, made);
        return k != null ? k : made;
    }

    @Override
    public String toString() {
        return name + ":";
    }
}
