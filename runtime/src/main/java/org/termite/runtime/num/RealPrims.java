package org.termite.runtime.num;

import java.math.BigInteger;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;

/** Magnitude, rounding to integers, the parts of a ratio, max/min and rationalize. */
public final class RealPrims {
    private RealPrims() {}

    @Primitive("magnitude")
    public static Object magnitude(Object z) {
        return z instanceof Complex c ? ComplexMath.magnitude(c) : abs(z);
    }

    @Primitive("abs")
    public static Object abs(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return x < 0 ? -x : x;
        }
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        return Num.sign(Num.checkNumber(a, "abs")) < 0 ? Arith.negate(a, "abs") : a;
    }

    @Primitive("max")
    public static Object max(Object a, Object b) {
        return Comparisons.extreme2(a, b, "max", 1);
    }

    @Primitive("max")
    public static Object max(Object a, Object... rest) {
        return Comparisons.extreme(a, rest, "max", 1);
    }

    @Primitive("min")
    public static Object min(Object a, Object b) {
        return Comparisons.extreme2(a, b, "min", -1);
    }

    @Primitive("min")
    public static Object min(Object a, Object... rest) {
        return Comparisons.extreme(a, rest, "min", -1);
    }

    @Primitive("numerator")
    public static Object numerator(Object a) {
        if (a instanceof Double d) {
            return Num.toDouble(Num.numerator(Num.exactOf(d, "numerator")));
        }
        return Num.numerator(rational(a, "numerator"));
    }

    @Primitive("denominator")
    public static Object denominator(Object a) {
        if (a instanceof Double d) {
            return Num.toDouble(Num.denominator(Num.exactOf(d, "denominator")));
        }
        return Num.denominator(rational(a, "denominator"));
    }

    @Primitive("floor")
    public static Object floor(Object a) {
        if (a instanceof Double d) {
            return Math.floor(d);
        }
        return a instanceof Ratnum r ? Num.norm(floorOf(r)) : rational(a, "floor");
    }

    @Primitive("ceiling")
    public static Object ceiling(Object a) {
        if (a instanceof Double d) {
            return Math.ceil(d);
        }
        return a instanceof Ratnum r ? Num.norm(floorOf(r).add(BigInteger.ONE)) : rational(a, "ceiling");
    }

    @Primitive("truncate")
    public static Object truncate(Object a) {
        if (a instanceof Double d) {
            return d < 0 ? Math.ceil(d) : Math.floor(d);
        }
        return a instanceof Ratnum r ? Num.norm(r.num.divide(r.den)) : rational(a, "truncate");
    }

    /** Rounds to the nearest integer, ties to even. */
    @Primitive("round")
    public static Object round(Object a) {
        if (a instanceof Double d) {
            return Math.rint(d);
        }
        if (!(a instanceof Ratnum r)) {
            return rational(a, "round");
        }
        BigInteger fl = floorOf(r);
        BigInteger twiceFraction = r.num.subtract(fl.multiply(r.den)).shiftLeft(1);
        int c = twiceFraction.compareTo(r.den);
        boolean up = c > 0 || (c == 0 && fl.testBit(0));
        return Num.norm(up ? fl.add(BigInteger.ONE) : fl);
    }

    /** The simplest rational within {@code y} of {@code x}; inexact if either argument is. */
    @Primitive("rationalize")
    public static Object rationalize(Object x, Object y) {
        Num.checkNumber(x, "rationalize");
        Num.checkNumber(y, "rationalize");
        boolean inexact = x instanceof Double || y instanceof Double;
        if (inexact) {
            double dx = Num.toDouble(x);
            double dy = Math.abs(Num.toDouble(y));
            if (Double.isNaN(dx) || Double.isNaN(dy)) {
                return Double.NaN;
            }
            if (Double.isInfinite(dy)) {
                return Double.isInfinite(dx) ? Double.NaN : 0.0;
            }
            if (Double.isInfinite(dx)) {
                return dx;
            }
        }
        Object ex = Num.exact(x, "rationalize");
        Object ey = RealPrims.abs(Num.exact(y, "rationalize"));
        Object r = simplestBetween(Arith.sub(ex, ey), Arith.add(ex, ey));
        return inexact ? (Object) Num.toDouble(r) : r;
    }

    /** The rational with the smallest denominator in [lo, hi], lo <= hi, both exact. */
    private static Object simplestBetween(Object lo, Object hi) {
        if (Num.sign(lo) > 0) {
            return simplestPositive(lo, hi);
        }
        if (Num.sign(hi) < 0) {
            return Arith.negate(simplestPositive(Arith.negate(hi, "rationalize"), Arith.negate(lo, "rationalize")),
                    "rationalize");
        }
        return 0L;
    }

    /** Continued-fraction descent: 0 < lo <= hi. */
    private static Object simplestPositive(Object lo, Object hi) {
        Object fl = floor(lo);
        if (Arith.compareExact(fl, lo) == 0) {
            return fl;
        }
        if (Arith.compareExact(fl, floor(hi)) < 0) {
            return Arith.add(fl, 1L);
        }
        Object inner = simplestPositive(Arith.div(1L, Arith.sub(hi, fl)), Arith.div(1L, Arith.sub(lo, fl)));
        return Arith.add(fl, Arith.div(1L, inner));
    }

    private static BigInteger floorOf(Ratnum r) {
        BigInteger[] qr = r.num.divideAndRemainder(r.den);
        return r.num.signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static Object rational(Object a, String who) {
        if (!Num.isExactRational(a)) {
            throw SchemeError.wrongType(who, "real number", a);
        }
        return a;
    }
}
