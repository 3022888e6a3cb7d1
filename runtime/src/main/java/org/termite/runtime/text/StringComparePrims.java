package org.termite.runtime.text;

import static org.termite.runtime.text.StringArgs.str;

import java.util.Arrays;
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

    private static int[] key(String who, Object s, boolean ci) {
        int[] chars = str(who, s).chars;
        return ci ? CaseFolding.foldString(chars) : chars;
    }

    /** Every argument is type-checked even when an earlier pair already decides the answer. */
    private static boolean chain(String who, int op, boolean ci, Object first, Object[] rest) {
        int[] prev = key(who, first, ci);
        int[][] keys = new int[rest.length][];
        for (int i = 0; i < rest.length; i++) {
            keys[i] = key(who, rest[i], ci);
        }
        for (int[] k : keys) {
            if (!holds(op, Arrays.compare(prev, k))) {
                return false;
            }
            prev = k;
        }
        return true;
    }

    private static boolean pair(String who, int op, Object a, Object b) {
        return holds(op, Arrays.compare(str(who, a).chars, str(who, b).chars));
    }

    @Primitive("string=?")
    public static boolean eq(Object a, Object b) {
        return Arrays.equals(str("string=?", a).chars, str("string=?", b).chars);
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
        return new MString(CaseFolding.upcase(str("string-upcase", s).chars));
    }

    @Primitive("string-downcase")
    public static Object downcase(Object s) {
        return new MString(CaseFolding.downcase(str("string-downcase", s).chars));
    }

    @Primitive("string-foldcase")
    public static Object foldcase(Object s) {
        return new MString(CaseFolding.foldString(str("string-foldcase", s).chars));
    }
}
