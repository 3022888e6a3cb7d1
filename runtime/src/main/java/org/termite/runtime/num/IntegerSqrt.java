package org.termite.runtime.num;

import java.math.BigInteger;

/**
 * The integer square root of an exact nonnegative integer, with its remainder. {@code BigInteger.sqrt} runs
 * Newton's iteration on the full number from a 52-bit estimate, a full-length division per doubling of the
 * precision; here the square root of the top half of the bits is taken first (recursively), which leaves one
 * full-length division and one squaring, and a correction of at most a few units.
 */
final class IntegerSqrt {
    private static final int DOUBLE_BITS = 52;

    private IntegerSqrt() {}

    /** {s, r} with s = floor(sqrt(n)) and r = n - s^2, for n >= 0. */
    static BigInteger[] sqrtRem(BigInteger n) {
        if (n.signum() < 0) {
            throw new ArithmeticException("square root of a negative integer"); // as BigInteger.sqrt
        }
        int bits = n.bitLength();
        if (bits <= DOUBLE_BITS) {
            // below 2^52 the double is exact and its square root correctly rounded: off by one at most
            long v = n.longValue();
            long s = (long) Math.sqrt((double) v);
            while (s * s > v) {
                s--;
            }
            while ((s + 1) * (s + 1) <= v) {
                s++;
            }
            return new BigInteger[] {BigInteger.valueOf(s), BigInteger.valueOf(v - s * s)};
        }
        // x0 = sqrt(n / 4^b) * 2^b is within 2^b below sqrt(n), and 2b < bits / 2: one Newton step from it
        // lands at most one above floor(sqrt(n)), never below (integer Newton steps do not undershoot)
        int b = (bits - 1) / 4;
        BigInteger x = sqrtRem(n.shiftRight(2 * b))[0].shiftLeft(b);
        x = x.add(n.divide(x)).shiftRight(1);
        BigInteger r = n.subtract(x.multiply(x));
        while (r.signum() < 0) {
            x = x.subtract(BigInteger.ONE);
            r = r.add(x.shiftLeft(1)).add(BigInteger.ONE);
        }
        while (r.compareTo(x.shiftLeft(1)) > 0) {
            r = r.subtract(x.shiftLeft(1)).subtract(BigInteger.ONE);
            x = x.add(BigInteger.ONE);
        }
        return new BigInteger[] {x, r};
    }

    /** floor(sqrt(n)), for n >= 0. */
    static BigInteger sqrt(BigInteger n) {
        return sqrtRem(n)[0];
    }
}
