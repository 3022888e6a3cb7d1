package org.termite.runtime.num;

import java.math.BigInteger;
import org.termite.runtime.exec.SchemeError;

/**
 * {@code expt}: exact when the base is exact and the exponent an exact integer (a negative exponent gives a
 * ratio), and when an exact base has an exact rational root ({@code (expt 4 1/2)} is 2); a flonum otherwise.
 */
final class Expt {
    /** Results past this many bits are refused rather than exhausting the heap. */
    private static final long MAX_BITS = 1L << 28;

    private Expt() {}

    static Object expt(Object base, Object e) {
        if (base instanceof Complex || e instanceof Complex) {
            Num.checkComplex(base, "expt");
            Num.checkComplex(e, "expt");
            return ComplexMath.expt(base, e);
        }
        Num.checkNumber(base, "expt");
        Num.checkNumber(e, "expt");
        if (Num.isExactInteger(e)) {
            if (base instanceof Double d) {
                return Math.pow(d, Num.toDouble(e));
            }
            return exactPower(base, e);
        }
        if (e instanceof Ratnum r && Num.isExactRational(base) && Num.sign(base) >= 0) {
            Object root = exactRoot(base, r.den);
            if (root != null) {
                return exactPower(root, Num.norm(r.num));
            }
        }
        double b = Num.toDouble(base);
        double x = Num.toDouble(e);
        if (b < 0 && x != Math.rint(x) && !Double.isNaN(x) && !Double.isInfinite(x)) {
            return ComplexMath.expt(base, e);
        }
        return Math.pow(b, x);
    }

    /** An exact base to an exact integer power. */
    static Object exactPower(Object base, Object e) {
        int sign = Num.sign(e);
        if (Num.sign(base) == 0) {
            if (sign < 0) {
                throw SchemeError.error("expt: division by zero", base, e);
            }
            return sign == 0 ? 1L : 0L;
        }
        if (sign < 0) {
            return Arith.div(1L, exactPower(base, Arith.negate(e, "expt")));
        }
        if (base instanceof Long b && (b == 1 || b == -1)) {
            return b == 1 || !Num.big(e).testBit(0) ? 1L : -1L;
        }
        BigInteger n = Arith.num(base);
        BigInteger d = Arith.den(base);
        long bits = Math.max(n.bitLength(), d.bitLength());
        if (!(e instanceof Long k) || k > MAX_BITS / bits) {
            throw SchemeError.error("expt: result too large", base, e);
        }
        if (base instanceof Long b) {
            Object small = longPower(b, (int) (long) k);
            if (small != null) {
                return small;
            }
        }
        int p = (int) (long) k;
        if (d.equals(BigInteger.ONE)) {
            return Num.norm(n.pow(p));
        }
        return Ratnum.make(n.pow(p), d.pow(p));
    }

    /** {@code b^k} by squaring in longs, or null on overflow. */
    private static Object longPower(long b, int k) {
        long result = 1;
        long sq = b;
        boolean sqValid = true;
        while (k != 0) {
            if ((k & 1) != 0) {
                if (!sqValid) {
                    return null;
                }
                long hi = Math.multiplyHigh(result, sq);
                long lo = result * sq;
                if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
                    return null;
                }
                result = lo;
            }
            k >>>= 1;
            if (k != 0) {
                long hi = Math.multiplyHigh(sq, sq);
                long lo = sq * sq;
                sqValid = sqValid && hi == 0 && lo >= 0;
                sq = lo;
            }
        }
        return result;
    }

    /** The exact {@code q}-th root of a nonnegative exact rational, or null if it has none. */
    private static Object exactRoot(Object x, BigInteger q) {
        if (q.bitLength() > 16) {
            return null;
        }
        int k = q.intValue();
        BigInteger n = intRoot(Arith.num(x), k);
        BigInteger d = n == null ? null : intRoot(Arith.den(x), k);
        return d == null ? null : Ratnum.make(n, d);
    }

    private static BigInteger intRoot(BigInteger n, int k) {
        if (k == 2) {
            BigInteger s = IntegerSqrt.sqrt(n);
            return s.multiply(s).equals(n) ? s : null;
        }
        double estimate = Math.pow(n.doubleValue(), 1.0 / k);
        if (!(estimate < 0x1p52)) {
            return null;
        }
        long guess = Math.round(estimate);
        for (long c = Math.max(0, guess - 1); c <= guess + 1; c++) {
            if (BigInteger.valueOf(c).pow(k).equals(n)) {
                return BigInteger.valueOf(c);
            }
        }
        return null;
    }
}
