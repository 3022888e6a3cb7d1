package org.termite.runtime.text;

import static org.termite.runtime.text.StringArgs.ch;
import static org.termite.runtime.text.StringArgs.end;
import static org.termite.runtime.text.StringArgs.start;
import static org.termite.runtime.text.StringArgs.str;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/** Searching in strings, and splitting a string at a character. Positions are returned as indexes or #f. */
public final class StringSearchPrims {
    private StringSearchPrims() {}

    @Primitive("string-index")
    public static Object index(Object s, Object c) {
        return index(s, c, null, null);
    }

    @Primitive("string-index")
    public static Object index(Object s, Object c, Object start) {
        return index(s, c, start, null);
    }

    @Primitive("string-index")
    public static Object index(Object s, Object c, Object start, Object end) {
        String who = "string-index";
        MString m = str(who, s);
        int v = ch(who, c);
        int from = start(who, start, m.length(), s);
        int to = end(who, end, from, m.length(), s);
        return position(m.indexOf(v, from, to));
    }

    /** MIT Scheme's argument order: the pattern first, then the string and the index to search from. */
    @Primitive("string-search-forward")
    public static Object searchForward(Object pattern, Object s, Object start) {
        String who = "string-search-forward";
        MString p = str(who, pattern);
        MString m = str(who, s);
        return position(m.indexOf(p, StringArgs.index(who, start, m.length(), s)));
    }

    /** SRFI-13's argument order: where {@code s2} first occurs in {@code s1}. */
    @Primitive("string-contains")
    public static Object contains(Object s1, Object s2) {
        MString m = str("string-contains", s1);
        return position(m.indexOf(str("string-contains", s2), 0));
    }

    private static Object position(int i) {
        return i < 0 ? Boolean.FALSE : (Object) Long.valueOf(i);
    }

    /** SRFI-13's order: is {@code prefix} a prefix of {@code s}? */
    @Primitive("string-prefix?")
    public static boolean isPrefix(Object prefix, Object s) {
        MString p = str("string-prefix?", prefix);
        MString m = str("string-prefix?", s);
        return p.length() <= m.length() && m.regionMatches(0, p, 0, p.length());
    }

    @Primitive("string-suffix?")
    public static boolean isSuffix(Object suffix, Object s) {
        MString p = str("string-suffix?", suffix);
        MString m = str("string-suffix?", s);
        int at = m.length() - p.length();
        return at >= 0 && m.regionMatches(at, p, 0, p.length());
    }

    /**
     * The fields of {@code s} between occurrences of {@code separator}, empty fields included, so that
     * string-join with the same separator gives {@code s} back; "" gives ("").
     */
    @Primitive("string-split")
    public static Object split(Object s, Object separator) {
        MString m = str("string-split", s);
        int sep = ch("string-split", separator);
        Object fields = Nil.NIL;
        int end = m.length();
        for (int i = end - 1; i >= 0; i--) {
            if (m.charAt(i) == sep) {
                fields = new Pair(m.substring(i + 1, end), fields);
                end = i;
            }
        }
        return new Pair(m.substring(0, end), fields);
    }
}
