package org.termite.runtime.num;

import java.math.BigInteger;

/**
 * An exact non-integer rational: {@code num/den} in lowest terms with {@code den > 1}. A ratio that reduces to
 * an integer is never a Ratnum (the factory returns a Long or BigInteger instead), so {@code equals} by value
 * is also Scheme's {@code eqv?}.
 */
public final class Ratnum {
    public final BigInteger num;
    public final BigInteger den;

    private Ratnum(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** {@code n/d} normalized; {@code d} must not be zero (callers report division by zero themselves). */
    public static Object make(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (d.equals(BigInteger.ONE)) {
            return Num.norm(n);
        }
        return new Ratnum(n, d);
    }

    /** For operands already known to be coprime with {@code d > 1}. */
    static Ratnum ofReduced(BigInteger n, BigInteger d) {
        return new Ratnum(n, d);
    }

    public int signum() {
        return num.signum();
    }

    /** The nearest double, rounding half to even once (no double rounding, subnormals included). */
    public double toDouble() {
        return toDouble(num, den);
    }

    static double toDouble(BigInteger n, BigInteger d) {
        int sign = n.signum();
        if (sign == 0) {
            return 0.0;
        }
        n = n.abs();
        // Scale so the integer quotient carries 55-57 significant bits: enough for the 53 kept, a round bit
        // and a sticky bit that remembers whether anything below was dropped.
        int s = n.bitLength() - d.bitLength() - 56;
        BigInteger[] qr = s >= 0 ? n.divideAndRemainder(d.shiftLeft(s)) : n.shiftLeft(-s).divideAndRemainder(d);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int drop = q.bitLength() - 53;
        if (s + drop < -1074) {
            drop = -1074 - s; // subnormal: the last kept bit is worth 2^-1074
        }
        BigInteger m = q.shiftRight(drop);
        BigInteger rest = q.subtract(m.shiftLeft(drop));
        BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
        int c = rest.compareTo(half);
        if (c > 0 || (c == 0 && (sticky || m.testBit(0)))) {
            m = m.add(BigInteger.ONE);
        }
        double r = Math.scalb((double) m.longValue(), s + drop);
        return sign < 0 ? -r : r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratnum r && r.num.equals(num) && r.den.equals(den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return num + "/" + den;
    }
}
