package org.termite.runtime.text;

import java.util.Map;

/** The names that {@code #\name} accepts: the R7RS set plus the older names Gambit also reads. */
final class CharNames {
    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("alarm", 7),
            Map.entry("backspace", 8),
            Map.entry("delete", 127),
            Map.entry("rubout", 127),
            Map.entry("escape", 27),
            Map.entry("altmode", 27),
            Map.entry("newline", 10),
            Map.entry("linefeed", 10),
            Map.entry("null", 0),
            Map.entry("nul", 0),
            Map.entry("return", 13),
            Map.entry("space", 32),
            Map.entry("tab", 9),
            Map.entry("vtab", 11),
            Map.entry("page", 12));

    private CharNames() {}

    /** The code point named {@code name}, or -1 if the name is unknown. */
    static int lookup(String name) {
        Integer cp = BY_NAME.get(name);
        return cp == null ? -1 : cp;
    }
}
