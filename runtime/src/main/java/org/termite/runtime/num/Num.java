package org.termite.runtime.num;

import java.math.BigInteger;
import org.termite.runtime.exec.SchemeError;

/** Classification and exactness conversions shared by the number primitives. */
public final class Num {
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private Num() {}

    /** A BigInteger as the canonical exact integer: a Long whenever it fits. */
    public static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static boolean isNumber(Object x) {
        return x instanceof Long || x instanceof Double || x instanceof BigInteger || x instanceof Ratnum;
    }

    public static boolean isExactInteger(Object x) {
        return x instanceof Long || x instanceof BigInteger;
    }

    public static boolean isExactRational(Object x) {
        return x instanceof Long || x instanceof BigInteger || x instanceof Ratnum;
    }

    /** True for exact integers and for finite flonums with no fraction part. */
    public static boolean isInteger(Object x) {
        if (x instanceof Double d) {
            return !Double.isInfinite(d) && d == Math.floor(d);
        }
        return isExactInteger(x);
    }

    /** {@code x} if it is a real number; a complex one is refused as not real, anything else as not a number. */
    static Object checkNumber(Object x, String who) {
        if (!isNumber(x)) {
            throw SchemeError.wrongType(who, x instanceof Complex ? "real number" : "number", x);
        }
        return x;
    }

    /** Real or complex. */
    public static boolean isComplex(Object x) {
        return isNumber(x) || x instanceof Complex;
    }

    static Object checkComplex(Object x, String who) {
        if (!(x instanceof Complex)) {
            checkNumber(x, who);
        }
        return x;
    }

    static Object checkInteger(Object x, String who) {
        if (!isInteger(x)) {
            throw SchemeError.wrongType(who, "integer", x);
        }
        return x;
    }

    static Object checkExactInteger(Object x, String who) {
        if (!isExactInteger(x)) {
            throw SchemeError.wrongType(who, "exact integer", x);
        }
        return x;
    }

    /** An exact integer (Long or BigInteger) as a BigInteger. */
    static BigInteger big(Object x) {
        return x instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) x;
    }

    /** The value of a number as the nearest double. */
    public static double toDouble(Object x) {
        if (x instanceof Long l) {
            return (double) l;
        }
        if (x instanceof Double d) {
            return d;
        }
        if (x instanceof BigInteger b) {
            return b.doubleValue();
        }
        return ((Ratnum) x).toDouble();
    }

    /** {@code x} as an exact number; a finite double becomes the integer or ratio it denotes exactly. */
    public static Object exact(Object x, String who) {
        if (x instanceof Double d) {
            return exactOf(d, who);
        }
        if (x instanceof Complex z) {
            return ComplexMath.exact(z, who);
        }
        return checkNumber(x, who);
    }

    public static Object inexact(Object x, String who) {
        if (x instanceof Double) {
            return x;
        }
        if (x instanceof Complex z) {
            return ComplexMath.inexact(z);
        }
        return toDouble(checkNumber(x, who));
    }

    static Object exactOf(double d, String who) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw SchemeError.error(who + ": no exact representation for", d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 0x1p62) {
            return (long) d;
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) {
            exp = 1; // subnormal: no hidden bit
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        if (d < 0) {
            mant = -mant;
        }
        if (exp >= 0) {
            return norm(BigInteger.valueOf(mant).shiftLeft(exp));
        }
        int tz = Math.min(Long.numberOfTrailingZeros(mant), -exp);
        mant >>= tz;
        exp += tz;
        if (exp == 0) {
            return mant;
        }
        return Ratnum.ofReduced(BigInteger.valueOf(mant), BigInteger.ONE.shiftLeft(-exp));
    }

    /** -1, 0 or 1; 0 for NaN, which callers that care test first. */
    static int sign(Object x) {
        if (x instanceof Long l) {
            return Long.signum(l);
        }
        if (x instanceof Double d) {
            return d > 0 ? 1 : d < 0 ? -1 : 0;
        }
        if (x instanceof BigInteger b) {
            return b.signum();
        }
        return ((Ratnum) x).signum();
    }

    static Object numerator(Object x) {
        return x instanceof Ratnum r ? norm(r.num) : x;
    }

    static Object denominator(Object x) {
        return x instanceof Ratnum r ? norm(r.den) : (Object) 1L;
    }
}
