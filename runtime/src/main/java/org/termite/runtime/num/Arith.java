package org.termite.runtime.num;

import java.math.BigInteger;
import org.termite.runtime.exec.SchemeError;

/**
 * The slow paths of the binary operations, for any pair of numbers. Dispatch is by the wider operand: a flonum
 * makes the operation inexact, otherwise a ratio makes it rational, otherwise it is done on BigIntegers and
 * the result normalized back to a Long when it fits.
 */
final class Arith {
    /** What {@link #compare} returns when an operand is NaN. */
    static final int UNORDERED = 2;

    private Arith() {}

    static Object add(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        if (a instanceof Complex || b instanceof Complex) {
            return ComplexMath.add(a, b);
        }
        check(a, b, "+");
        if (a instanceof Double || b instanceof Double) {
            return Num.toDouble(a) + Num.toDouble(b);
        }
        if (a instanceof Ratnum || b instanceof Ratnum) {
            return Ratnum.make(num(a).multiply(den(b)).add(num(b).multiply(den(a))), den(a).multiply(den(b)));
        }
        return Num.norm(Num.big(a).add(Num.big(b)));
    }

    static Object sub(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        if (a instanceof Complex || b instanceof Complex) {
            return ComplexMath.sub(a, b);
        }
        check(a, b, "-");
        if (a instanceof Double || b instanceof Double) {
            return Num.toDouble(a) - Num.toDouble(b);
        }
        if (a instanceof Ratnum || b instanceof Ratnum) {
            return Ratnum.make(num(a).multiply(den(b)).subtract(num(b).multiply(den(a))), den(a).multiply(den(b)));
        }
        return Num.norm(Num.big(a).subtract(Num.big(b)));
    }

    static Object mul(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        if (a instanceof Complex || b instanceof Complex) {
            return ComplexMath.mul(a, b);
        }
        check(a, b, "*");
        if (a instanceof Double || b instanceof Double) {
            return Num.toDouble(a) * Num.toDouble(b);
        }
        if (a instanceof Ratnum || b instanceof Ratnum) {
            return Ratnum.make(num(a).multiply(num(b)), den(a).multiply(den(b)));
        }
        return Num.norm(Num.big(a).multiply(Num.big(b)));
    }

    static Object div(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x / y;
        }
        if (a instanceof Complex || b instanceof Complex) {
            return ComplexMath.div(a, b);
        }
        check(a, b, "/");
        if (Num.isExactRational(b) && Num.sign(b) == 0) {
            throw SchemeError.error("/: division by zero", a);
        }
        if (a instanceof Double || b instanceof Double) {
            return Num.toDouble(a) / Num.toDouble(b);
        }
        return Ratnum.make(num(a).multiply(den(b)), den(a).multiply(num(b)));
    }

    static Object negate(Object a, String who) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? (Object) Num.LONG_MIN.negate() : (Object) (-l);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof BigInteger b) {
            return Num.norm(b.negate());
        }
        if (a instanceof Ratnum r) {
            return Ratnum.ofReduced(r.num.negate(), r.den);
        }
        if (a instanceof Complex z) {
            return ComplexMath.negate(z);
        }
        throw SchemeError.wrongType(who, "number", a);
    }

    /**
     * -1, 0 or 1 comparing the exact values, or {@link #UNORDERED} if either is NaN. Complex numbers can only be
     * compared by =, for which unequal ones are {@link #UNORDERED}.
     */
    static int compare(Object a, Object b, String who) {
        if (a instanceof Double x && b instanceof Double y) {
            return compareDoubles(x, y);
        }
        if (a instanceof Complex || b instanceof Complex) {
            if (!who.equals("=")) {
                throw SchemeError.wrongType(who, "real number", a instanceof Complex ? a : b);
            }
            return ComplexMath.numEquals(a, b) ? 0 : UNORDERED;
        }
        check(a, b, who);
        if (a instanceof Double x) {
            return compareDouble(x, b);
        }
        if (b instanceof Double y) {
            int c = compareDouble(y, a);
            return c == UNORDERED ? c : -c;
        }
        return compareExact(a, b);
    }

    static int compareDoubles(double x, double y) {
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : UNORDERED;
    }

    /** Compares a double with an exact number without rounding the exact one. */
    private static int compareDouble(double x, Object e) {
        if (Double.isNaN(x)) {
            return UNORDERED;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (e instanceof Long l && Math.abs(l) < (1L << 53)) {
            return compareDoubles(x, (double) l);
        }
        return compareExact(Num.exactOf(x, "compare"), e);
    }

    static int compareExact(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Ratnum || b instanceof Ratnum) {
            return Integer.signum(num(a).multiply(den(b)).compareTo(num(b).multiply(den(a))));
        }
        return Integer.signum(Num.big(a).compareTo(Num.big(b)));
    }

    private static void check(Object a, Object b, String who) {
        Num.checkNumber(a, who);
        Num.checkNumber(b, who);
    }

    /** The numerator of an exact rational as a BigInteger. */
    static BigInteger num(Object x) {
        return x instanceof Ratnum r ? r.num : Num.big(x);
    }

    static BigInteger den(Object x) {
        return x instanceof Ratnum r ? r.den : BigInteger.ONE;
    }
}
