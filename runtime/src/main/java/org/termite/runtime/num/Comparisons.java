package org.termite.runtime.num;

import org.termite.runtime.exec.SchemeError;

/** Comparison chains of any length, and max/min with their exactness contagion. */
final class Comparisons {
    static final int EQ = 0;
    static final int LT = 1;
    static final int GT = 2;
    static final int LE = 3;
    static final int GE = 4;

    private Comparisons() {}

    /**
     * True if each adjacent pair satisfies {@code op}. Every argument is type-checked even after the answer is
     * known, so a non-number is reported wherever it appears.
     */
    static boolean chain(Object a, Object[] rest, String who, int op) {
        checkReal(a, who);
        boolean result = true;
        Object prev = a;
        for (Object x : rest) {
            if (result) {
                result = holds(Arith.compare(prev, x, who), op);
            } else {
                checkReal(x, who);
            }
            prev = x;
        }
        return result;
    }

    private static boolean holds(int c, int op) {
        switch (op) {
            case EQ: return c == 0;
            case LT: return c == -1;
            case GT: return c == 1;
            case LE: return c == -1 || c == 0;
            default: return c == 1 || c == 0;
        }
    }

    private static void checkReal(Object x, String who) {
        if (who.equals("=")) {
            Num.checkComplex(x, who);
        } else {
            Num.checkNumber(x, who);
        }
    }

    /** The largest ({@code sign} 1) or smallest ({@code sign} -1) argument, inexact if any argument is. */
    static Object extreme(Object a, Object[] rest, String who, int sign) {
        checkReal(a, who);
        Object best = a;
        boolean inexact = a instanceof Double;
        boolean nan = a instanceof Double d && d.isNaN();
        for (Object x : rest) {
            int c = Arith.compare(x, best, who);
            if (c == Arith.UNORDERED) {
                nan = true;
            } else if (c == sign) {
                best = x;
            }
            inexact |= x instanceof Double;
        }
        if (nan) {
            return Double.NaN;
        }
        return inexact ? Num.toDouble(best) : best;
    }

    static Object extreme2(Object a, Object b, String who, int sign) {
        int c = Arith.compare(b, a, who);
        if (c == Arith.UNORDERED) {
            return Double.NaN;
        }
        Object best = c == sign ? b : a;
        return (a instanceof Double || b instanceof Double) ? Num.toDouble(best) : best;
    }
}
