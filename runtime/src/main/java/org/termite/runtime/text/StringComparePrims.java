package org.termite.runtime.text;

import static org.termite.runtime.text.StringArgs.str;

import java.util.Locale;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.value.MString;

/**
 * String comparisons (lexicographic by code point) and case mappings. The -ci comparisons compare full
 * case foldings, so "Straße" and "STRASSE" are string-ci=?.
 */
public final class StringComparePrims {
    private StringComparePrims() {}

    private static final int EQ = 0, LT = 1, GT = 2, LE = 3, GE = 4;

    private static boolean holds(int op, int cmp) {
        switch (op) {
            case EQ: return cmp == 0;
            case LT: return cmp < 0;
            case GT: return cmp > 0;
            case LE: return cmp <= 0;
            default: return cmp >= 0;
        }
    }

    private static MString key(String who, Object s, boolean ci) {
        MString m = str(who, s);
        return ci ? foldcase(m) : m;
    }

    private static MString foldcase(MString s) {
        return MString.ofCodePoints(CaseFolding.foldString(s.codePoints(0, s.length())));
    }

    /** Every argument is type-checked even when an earlier pair already decides the answer. */
    private static boolean chain(String who, int op, boolean ci, Object first, Object[] rest) {
        MString prev = key(who, first, ci);
        MString[] keys = new MString[rest.length];
        for (int i = 0; i < rest.length; i++) {
            keys[i] = key(who, rest[i], ci);
        }
        for (MString k : keys) {
            if (!holds(op, prev.compareTo(k))) {
                return false;
            }
            prev = k;
        }
        return true;
    }

    private static boolean pair(String who, int op, Object a, Object b) {
        return holds(op, str(who, a).compareTo(str(who, b)));
    }

    @Primitive("string=?")
    public static boolean eq(Object a, Object b) {
        return str("string=?", a).equals(str("string=?", b));
    }

    @Primitive("string=?")
    public static boolean eq(Object a, Object... rest) {
        return chain("string=?", EQ, false, a, rest);
    }

    @Primitive("string<?")
    public static boolean lt(Object a, Object b) {
        return pair("string<?", LT, a, b);
    }

    @Primitive("string<?")
    public static boolean lt(Object a, Object... rest) {
        return chain("string<?", LT, false, a, rest);
    }

    @Primitive("string>?")
    public static boolean gt(Object a, Object b) {
        return pair("string>?", GT, a, b);
    }

    @Primitive("string>?")
    public static boolean gt(Object a, Object... rest) {
        return chain("string>?", GT, false, a, rest);
    }

    @Primitive("string<=?")
    public static boolean le(Object a, Object b) {
        return pair("string<=?", LE, a, b);
    }

    @Primitive("string<=?")
    public static boolean le(Object a, Object... rest) {
        return chain("string<=?", LE, false, a, rest);
    }

    @Primitive("string>=?")
    public static boolean ge(Object a, Object b) {
        return pair("string>=?", GE, a, b);
    }

    @Primitive("string>=?")
    public static boolean ge(Object a, Object... rest) {
        return chain("string>=?", GE, false, a, rest);
    }

    @Primitive("string-ci=?")
    public static boolean ciEq(Object a, Object... rest) {
        return chain("string-ci=?", EQ, true, a, rest);
    }

    @Primitive("string-ci<?")
    public static boolean ciLt(Object a, Object... rest) {
        return chain("string-ci<?", LT, true, a, rest);
    }

    @Primitive("string-ci>?")
    public static boolean ciGt(Object a, Object... rest) {
        return chain("string-ci>?", GT, true, a, rest);
    }

    @Primitive("string-ci<=?")
    public static boolean ciLe(Object a, Object... rest) {
        return chain("string-ci<=?", LE, true, a, rest);
    }

    @Primitive("string-ci>=?")
    public static boolean ciGe(Object a, Object... rest) {
        return chain("string-ci>=?", GE, true, a, rest);
    }

    @Primitive("string-upcase")
    public static Object upcase(Object s) {
        return MString.of(str("string-upcase", s).toString().toUpperCase(Locale.ROOT));
    }

    @Primitive("string-downcase")
    public static Object downcase(Object s) {
        return MString.of(str("string-downcase", s).toString().toLowerCase(Locale.ROOT));
    }

    @Primitive("string-foldcase")
    public static Object foldcase(Object s) {
        return foldcase(str("string-foldcase", s));
    }
}
