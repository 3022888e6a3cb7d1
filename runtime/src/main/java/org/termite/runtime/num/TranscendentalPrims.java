package org.termite.runtime.num;

import java.math.BigInteger;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Values;

/**
 * Exponentials, logarithms and trigonometry. Results are flonums except where the exact answer is obvious from
 * an exact argument ({@code (exp 0)} is 1, {@code (sin 0)} is 0). Complex arguments, and real ones whose result
 * is complex ({@code (sqrt -4)}, {@code (log -1)}, {@code (asin 2)}), are computed by {@link ComplexMath}.
 */
public final class TranscendentalPrims {
    private static final double LN2 = Math.log(2.0);

    private TranscendentalPrims() {}

    @Primitive("exp")
    public static Object exp(Object x) {
        if (x instanceof Complex) {
            return ComplexMath.exp(x);
        }
        return isExactZero(x) ? (Object) 1L : (Object) Math.exp(real(x, "exp"));
    }

    @Primitive("log")
    public static Object log(Object x) {
        if (x instanceof Long l && l == 1) {
            return 0L;
        }
        if (hasComplexLog(x)) {
            return ComplexMath.log(x);
        }
        return ln(x, "log");
    }

    @Primitive("log")
    public static Object log(Object x, Object base) {
        if (hasComplexLog(x) || hasComplexLog(base)) {
            return ComplexMath.div(ComplexMath.log(x), ComplexMath.log(base));
        }
        return ln(x, "log") / ln(base, "log");
    }

    /** Complex numbers and negative reals: their logarithm has an imaginary part. */
    private static boolean hasComplexLog(Object x) {
        return x instanceof Complex || Num.isNumber(x) && Num.sign(x) < 0;
    }

    /** The natural logarithm of a non-negative real; exact ones too large or small for a double are scaled. */
    private static double ln(Object x, String who) {
        double d = real(x, who);
        if (Num.isExactRational(x) && Num.sign(x) != 0 && (d == 0 || Double.isInfinite(d))) {
            return bigLog(Arith.num(x)) - bigLog(Arith.den(x));
        }
        return Math.log(d);
    }

    private static double bigLog(BigInteger b) {
        int extra = b.bitLength() - 1000;
        if (extra <= 0) {
            return Math.log(b.doubleValue());
        }
        return Math.log(b.shiftRight(extra).doubleValue()) + extra * LN2;
    }

    @Primitive("sin")
    public static Object sin(Object x) {
        if (x instanceof Complex) {
            return ComplexMath.sin(x);
        }
        return isExactZero(x) ? (Object) 0L : (Object) Math.sin(real(x, "sin"));
    }

    @Primitive("cos")
    public static Object cos(Object x) {
        if (x instanceof Complex) {
            return ComplexMath.cos(x);
        }
        return isExactZero(x) ? (Object) 1L : (Object) Math.cos(real(x, "cos"));
    }

    @Primitive("tan")
    public static Object tan(Object x) {
        if (x instanceof Complex) {
            return ComplexMath.tan(x);
        }
        return isExactZero(x) ? (Object) 0L : (Object) Math.tan(real(x, "tan"));
    }

    @Primitive("asin")
    public static Object asin(Object x) {
        if (outsideUnitRange(x, "asin")) {
            return ComplexMath.asin(x);
        }
        return isExactZero(x) ? (Object) 0L : (Object) Math.asin(real(x, "asin"));
    }

    @Primitive("acos")
    public static Object acos(Object x) {
        if (outsideUnitRange(x, "acos")) {
            return ComplexMath.acos(x);
        }
        return x instanceof Long l && l == 1 ? (Object) 0L : (Object) Math.acos(real(x, "acos"));
    }

    @Primitive("atan")
    public static Object atan(Object x) {
        if (x instanceof Complex) {
            return ComplexMath.atan(x);
        }
        return isExactZero(x) ? (Object) 0L : (Object) Math.atan(real(x, "atan"));
    }

    @Primitive("atan")
    public static Object atan(Object y, Object x) {
        return Math.atan2(real(y, "atan"), real(x, "atan"));
    }

    @Primitive("square")
    public static Object square(Object x) {
        return NumberPrims.mul(Num.checkComplex(x, "square"), x);
    }

    /** Exact for exact perfect squares (integers and ratios of them), a flonum otherwise. */
    @Primitive("sqrt")
    public static Object sqrt(Object x) {
        if (x instanceof Double d) {
            if (d < 0) {
                return ComplexMath.sqrt(x);
            }
            return Math.sqrt(d);
        }
        if (x instanceof Complex) {
            return ComplexMath.sqrt(x);
        }
        Num.checkNumber(x, "sqrt");
        if (Num.sign(x) < 0) {
            return ComplexMath.sqrt(x);
        }
        BigInteger n = Arith.num(x);
        BigInteger d = Arith.den(x);
        BigInteger rn = IntegerSqrt.sqrt(n);
        BigInteger rd = IntegerSqrt.sqrt(d);
        if (rn.multiply(rn).equals(n) && rd.multiply(rd).equals(d)) {
            return Ratnum.make(rn, rd);
        }
        double approx = Num.toDouble(x);
        if (approx == 0 || Double.isInfinite(approx)) {
            // Out of double range: take the root of x / 2^k, k even, which is near 1, and scale it by 2^(k/2).
            int k = (n.bitLength() - d.bitLength()) & ~1;
            double scaled = k >= 0 ? Ratnum.toDouble(n, d.shiftLeft(k)) : Ratnum.toDouble(n.shiftLeft(-k), d);
            return Math.scalb(Math.sqrt(scaled), k / 2);
        }
        return Math.sqrt(approx);
    }

    @Primitive("exact-integer-sqrt")
    public static Object exactIntegerSqrt(Object x) {
        if (!(Num.isExactInteger(x) && Num.sign(x) >= 0)) {
            throw SchemeError.wrongType("exact-integer-sqrt", "exact nonnegative integer", x);
        }
        BigInteger n = Num.big(x);
        BigInteger[] sr = IntegerSqrt.sqrtRem(n);
        return Values.of(new Object[] {Num.norm(sr[0]), Num.norm(sr[1])});
    }

    @Primitive("expt")
    public static Object expt(Object base, Object exponent) {
        return Expt.expt(base, exponent);
    }


    private static boolean isExactZero(Object x) {
        return x instanceof Long l && l == 0;
    }

    private static double real(Object x, String who) {
        if (x instanceof Double d) {
            return d;
        }
        return Num.toDouble(Num.checkNumber(x, who));
    }

    private static boolean outsideUnitRange(Object x, String who) {
        if (x instanceof Complex) {
            return true;
        }
        double d = real(x, who);
        return d < -1 || d > 1;
    }
}
