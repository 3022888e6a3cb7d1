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
        return TABLE.computeIfAbsent(name, Keyword::new);
    }

    @Override
    public String toString() {
        return name + ":";
    }
}
