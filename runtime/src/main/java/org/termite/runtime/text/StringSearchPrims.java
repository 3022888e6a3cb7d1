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
        int[] chars = str(who, s).chars;
        int v = ch(who, c);
        int from = start(who, start, chars.length, s);
        int to = end(who, end, from, chars.length, s);
        for (int i = from; i < to; i++) {
            if (chars[i] == v) {
                return Long.valueOf(i);
            }
        }
        return Boolean.FALSE;
    }

    /** MIT Scheme's argument order: the pattern first, then the string and the index to search from. */
    @Primitive("string-search-forward")
    public static Object searchForward(Object pattern, Object s, Object start) {
        String who = "string-search-forward";
        int[] p = str(who, pattern).chars;
        int[] chars = str(who, s).chars;
        return find(chars, p, StringArgs.index(who, start, chars.length, s));
    }

    /** SRFI-13's argument order: where {@code s2} first occurs in {@code s1}. */
    @Primitive("string-contains")
    public static Object contains(Object s1, Object s2) {
        return find(str("string-contains", s1).chars, str("string-contains", s2).chars, 0);
    }

    private static Object find(int[] chars, int[] pattern, int from) {
        int last = chars.length - pattern.length;
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (chars[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return Long.valueOf(i);
        }
        return Boolean.FALSE;
    }

    /** SRFI-13's order: is {@code prefix} a prefix of {@code s}? */
    @Primitive("string-prefix?")
    public static boolean isPrefix(Object prefix, Object s) {
        int[] p = str("string-prefix?", prefix).chars;
        int[] chars = str("string-prefix?", s).chars;
        return p.length <= chars.length && java.util.Arrays.equals(p, 0, p.length, chars, 0, p.length);
    }

    @Primitive("string-suffix?")
    public static boolean isSuffix(Object suffix, Object s) {
        int[] p = str("string-suffix?", suffix).chars;
        int[] chars = str("string-suffix?", s).chars;
        int at = chars.length - p.length;
        return at >= 0 && java.util.Arrays.equals(p, 0, p.length, chars, at, chars.length);
    }

    /**
     * The fields of {@code s} between occurrences of {@code separator}, empty fields included, so that
     * string-join with the same separator gives {@code s} back; "" gives ("").
     */
    @Primitive("string-split")
    public static Object split(Object s, Object separator) {
        int[] chars = str("string-split", s).chars;
        int sep = ch("string-split", separator);
        Object fields = Nil.NIL;
        int end = chars.length;
        for (int i = chars.length - 1; i >= 0; i--) {
            if (chars[i] == sep) {
                fields = new Pair(StringArgs.copy((MString) s, i + 1, end), fields);
                end = i;
            }
        }
        return new Pair(StringArgs.copy((MString) s, 0, end), fields);
    }
}
