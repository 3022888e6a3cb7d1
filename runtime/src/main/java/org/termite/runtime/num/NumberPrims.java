package org.termite.runtime.num;

import org.termite.runtime.exec.Primitive;

/**
 * Arithmetic and comparison: the primitives the compiler inlines most. Each two-argument method handles two
 * Longs in a few instructions (overflow is detected without exceptions) and hands every other case to
 * {@link Arith}, so the method stays small enough for the JIT to inline at every call site.
 */
public final class NumberPrims {
    private NumberPrims() {}

    @Primitive("+")
    public static Object add() {
        return 0L;
    }

    @Primitive("+")
    public static Object add(Object a) {
        return Num.checkComplex(a, "+");
    }

    @Primitive("+")
    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return Arith.add(a, b);
    }

    @Primitive("+")
    public static Object add(Object... args) {
        Object acc = 0L;
        for (Object x : args) {
            acc = add(acc, x);
        }
        return acc;
    }

    @Primitive("-")
    public static Object sub(Object a) {
        return Arith.negate(a, "-");
    }

    @Primitive("-")
    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return Arith.sub(a, b);
    }

    @Primitive("-")
    public static Object sub(Object a, Object... rest) {
        if (rest.length == 0) {
            return sub(a);
        }
        Object acc = a;
        for (Object x : rest) {
            acc = sub(acc, x);
        }
        return acc;
    }

    @Primitive("*")
    public static Object mul() {
        return 1L;
    }

    @Primitive("*")
    public static Object mul(Object a) {
        return Num.checkComplex(a, "*");
    }

    @Primitive("*")
    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x * y;
            long hi = Math.multiplyHigh(x, y);
            if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) {
                return r;
            }
        }
        return Arith.mul(a, b);
    }

    @Primitive("*")
    public static Object mul(Object... args) {
        Object acc = 1L;
        for (Object x : args) {
            acc = mul(acc, x);
        }
        return acc;
    }

    @Primitive("/")
    public static Object div(Object a) {
        return Arith.div(1L, a);
    }

    @Primitive("/")
    public static Object div(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long n = x;
            long d = y;
            if (d != 0 && n % d == 0 && d != -1) {
                return n / d;
            }
        }
        return Arith.div(a, b);
    }

    @Primitive("/")
    public static Object div(Object a, Object... rest) {
        if (rest.length == 0) {
            return div(a);
        }
        Object acc = a;
        for (Object x : rest) {
            acc = div(acc, x);
        }
        return acc;
    }

    @Primitive("1+")
    public static Object inc(Object a) {
        if (a instanceof Long x && x != Long.MAX_VALUE) {
            return x + 1;
        }
        return Arith.add(Num.checkComplex(a, "1+"), 1L);
    }

    @Primitive("1-")
    public static Object dec(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return x - 1;
        }
        return Arith.sub(Num.checkComplex(a, "1-"), 1L);
    }

    @Primitive("=")
    public static boolean numEq(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return Arith.compare(a, b, "=") == 0;
    }

    @Primitive("<")
    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return Arith.compare(a, b, "<") == -1;
    }

    @Primitive(">")
    public static boolean gt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x > y;
        }
        return Arith.compare(a, b, ">") == 1;
    }

    @Primitive("<=")
    public static boolean le(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x <= y;
        }
        int c = Arith.compare(a, b, "<=");
        return c == -1 || c == 0;
    }

    @Primitive(">=")
    public static boolean ge(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x >= y;
        }
        int c = Arith.compare(a, b, ">=");
        return c == 1 || c == 0;
    }

    @Primitive("=")
    public static boolean numEq(Object a, Object... rest) {
        return Comparisons.chain(a, rest, "=", Comparisons.EQ);
    }

    @Primitive("<")
    public static boolean lt(Object a, Object... rest) {
        return Comparisons.chain(a, rest, "<", Comparisons.LT);
    }

    @Primitive(">")
    public static boolean gt(Object a, Object... rest) {
        return Comparisons.chain(a, rest, ">", Comparisons.GT);
    }

    @Primitive("<=")
    public static boolean le(Object a, Object... rest) {
        return Comparisons.chain(a, rest, "<=", Comparisons.LE);
    }

    @Primitive(">=")
    public static boolean ge(Object a, Object... rest) {
        return Comparisons.chain(a, rest, ">=", Comparisons.GE);
    }
}
