package org.termite.runtime.text;

import java.math.BigInteger;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.SChar;

/** Characters: conversions, comparisons, classification and case mapping, all per Unicode code point. */
public final class CharPrims {
    private CharPrims() {}

    static int cp(String who, Object x) {
        if (x instanceof SChar c) {
            return c.codePoint;
        }
        throw SchemeError.wrongType(who, "character", x);
    }

    @Primitive("char?")
    public static boolean isChar(Object x) {
        return x instanceof SChar;
    }

    @Primitive("char->integer")
    public static Object charToInteger(Object c) {
        return Long.valueOf(cp("char->integer", c));
    }

    @Primitive("integer->char")
    public static Object integerToChar(Object n) {
        if (n instanceof Long l) {
            long v = l;
            if (v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) {
                return SChar.of((int) v);
            }
            throw SchemeError.wrongType("integer->char", "Unicode scalar value", n);
        }
        if (n instanceof BigInteger) {
            throw SchemeError.wrongType("integer->char", "Unicode scalar value", n);
        }
        throw SchemeError.wrongType("integer->char", "exact integer", n);
    }

    // Comparisons: a two-argument fast path plus a variadic form for 1 or 3+ arguments.
    // The ci versions compare simple case foldings.

    private static final int EQ = 0, LT = 1, GT = 2, LE = 3, GE = 4;

    private static boolean holds(int op, int a, int b) {
        switch (op) {
            case EQ: return a == b;
            case LT: return a < b;
            case GT: return a > b;
            case LE: return a <= b;
            default: return a >= b;
        }
    }

    private static boolean chain(String who, int op, boolean ci, Object first, Object[] rest) {
        int prev = cp(who, first);
        for (Object x : rest) {
            cp(who, x);
        }
        boolean result = true;
        if (ci) {
            prev = CaseFolding.foldChar(prev);
        }
        for (Object x : rest) {
            int c = ((SChar) x).codePoint;
            if (ci) {
                c = CaseFolding.foldChar(c);
            }
            result &= holds(op, prev, c);
            prev = c;
        }
        return result;
    }

    @Primitive("char=?")
    public static boolean charEq(Object a, Object b) {
        return cp("char=?", a) == cp("char=?", b);
    }

    @Primitive("char=?")
    public static boolean charEq(Object a, Object... rest) {
        return chain("char=?", EQ, false, a, rest);
    }

    @Primitive("char<?")
    public static boolean charLt(Object a, Object b) {
        return cp("char<?", a) < cp("char<?", b);
    }

    @Primitive("char<?")
    public static boolean charLt(Object a, Object... rest) {
        return chain("char<?", LT, false, a, rest);
    }

    @Primitive("char>?")
    public static boolean charGt(Object a, Object b) {
        return cp("char>?", a) > cp("char>?", b);
    }

    @Primitive("char>?")
    public static boolean charGt(Object a, Object... rest) {
        return chain("char>?", GT, false, a, rest);
    }

    @Primitive("char<=?")
    public static boolean charLe(Object a, Object b) {
        return cp("char<=?", a) <= cp("char<=?", b);
    }

    @Primitive("char<=?")
    public static boolean charLe(Object a, Object... rest) {
        return chain("char<=?", LE, false, a, rest);
    }

    @Primitive("char>=?")
    public static boolean charGe(Object a, Object b) {
        return cp("char>=?", a) >= cp("char>=?", b);
    }

    @Primitive("char>=?")
    public static boolean charGe(Object a, Object... rest) {
        return chain("char>=?", GE, false, a, rest);
    }

    @Primitive("char-ci=?")
    public static boolean charCiEq(Object a, Object... rest) {
        return chain("char-ci=?", EQ, true, a, rest);
    }

    @Primitive("char-ci<?")
    public static boolean charCiLt(Object a, Object... rest) {
        return chain("char-ci<?", LT, true, a, rest);
    }

    @Primitive("char-ci>?")
    public static boolean charCiGt(Object a, Object... rest) {
        return chain("char-ci>?", GT, true, a, rest);
    }

    @Primitive("char-ci<=?")
    public static boolean charCiLe(Object a, Object... rest) {
        return chain("char-ci<=?", LE, true, a, rest);
    }

    @Primitive("char-ci>=?")
    public static boolean charCiGe(Object a, Object... rest) {
        return chain("char-ci>=?", GE, true, a, rest);
    }

    @Primitive("char-alphabetic?")
    public static boolean isAlphabetic(Object c) {
        return Character.isAlphabetic(cp("char-alphabetic?", c));
    }

    /** R7RS: characters with Numeric_Type=Decimal, which is Java's isDigit (general category Nd). */
    @Primitive("char-numeric?")
    public static boolean isNumeric(Object c) {
        return Character.isDigit(cp("char-numeric?", c));
    }

    /** Unicode's White_Space property: Java's isWhitespace omits the no-break spaces, isSpaceChar the controls. */
    @Primitive("char-whitespace?")
    public static boolean isWhitespace(Object c) {
        int v = cp("char-whitespace?", c);
        return (v >= 9 && v <= 13) || v == 0x85 || Character.isSpaceChar(v);
    }

    @Primitive("char-upper-case?")
    public static boolean isUpperCase(Object c) {
        return Character.isUpperCase(cp("char-upper-case?", c));
    }

    @Primitive("char-lower-case?")
    public static boolean isLowerCase(Object c) {
        return Character.isLowerCase(cp("char-lower-case?", c));
    }

    @Primitive("digit-value")
    public static Object digitValue(Object c) {
        int v = cp("digit-value", c);
        return Character.isDigit(v) ? (Object) Long.valueOf(Character.digit(v, 10)) : Boolean.FALSE;
    }

    @Primitive("char-upcase")
    public static Object charUpcase(Object c) {
        return SChar.of(Character.toUpperCase(cp("char-upcase", c)));
    }

    @Primitive("char-downcase")
    public static Object charDowncase(Object c) {
        return SChar.of(Character.toLowerCase(cp("char-downcase", c)));
    }

    @Primitive("char-foldcase")
    public static Object charFoldcase(Object c) {
        return SChar.of(CaseFolding.foldChar(cp("char-foldcase", c)));
    }
}
