package org.termite.runtime.num;

import java.math.BigInteger;
import org.termite.runtime.exec.SchemeError;

/**
 * Integer division on any integers, exact or inexact. Inexact operands are converted to exact integers, divided
 * exactly and converted back, because a flonum quotient computed in floating point can be off by one.
 */
final class Division {
    private Division() {}

    /** {q, r} with q rounded toward zero ({@code floor} false) or toward negative infinity. */
    static Object[] divide(Object a, Object b, String who, boolean floor) {
        Num.checkInteger(a, who);
        Num.checkInteger(b, who);
        if (Num.sign(b) == 0) {
            throw SchemeError.error(who + ": division by zero", a);
        }
        boolean inexact = a instanceof Double || b instanceof Double;
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            long q = floor ? Math.floorDiv((long) x, (long) y) : x / y;
            return new Object[] {q, x - q * y};
        }
        BigInteger n = Num.big(inexact ? Num.exact(a, who) : a);
        BigInteger d = Num.big(inexact ? Num.exact(b, who) : b);
        BigInteger[] qr = n.divideAndRemainder(d);
        if (floor && qr[1].signum() != 0 && qr[1].signum() != d.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(d);
        }
        if (inexact) {
            return new Object[] {inexactResult(qr[0], a, b), inexactResult(qr[1], a, b)};
        }
        return new Object[] {Num.norm(qr[0]), Num.norm(qr[1])};
    }

    /** A zero result keeps the sign of the dividend, as flonum division would. */
    private static double inexactResult(BigInteger v, Object a, Object b) {
        double r = v.doubleValue();
        if (r == 0 && Num.toDouble(a) * Num.toDouble(b) < 0) {
            return -0.0;
        }
        return r;
    }

    static Object quotient(Object a, Object b, String who, boolean floor) {
        return divide(a, b, who, floor)[0];
    }

    static Object remainder(Object a, Object b, String who, boolean floor) {
        return divide(a, b, who, floor)[1];
    }

    static Object gcd(Object a, Object b, String who) {
        Num.checkInteger(a, who);
        Num.checkInteger(b, who);
        if (a instanceof Long x && b instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            long p = Math.abs(x);
            long q = Math.abs(y);
            while (q != 0) {
                long t = p % q;
                p = q;
                q = t;
            }
            return p;
        }
        boolean inexact = a instanceof Double || b instanceof Double;
        BigInteger g = Num.big(Num.exact(a, who)).gcd(Num.big(Num.exact(b, who)));
        return inexact ? (Object) g.doubleValue() : Num.norm(g);
    }

    static Object lcm(Object a, Object b, String who) {
        Num.checkInteger(a, who);
        Num.checkInteger(b, who);
        boolean inexact = a instanceof Double || b instanceof Double;
        BigInteger x = Num.big(Num.exact(a, who)).abs();
        BigInteger y = Num.big(Num.exact(b, who)).abs();
        BigInteger l = x.signum() == 0 || y.signum() == 0 ? BigInteger.ZERO : x.divide(x.gcd(y)).multiply(y);
        return inexact ? (Object) l.doubleValue() : Num.norm(l);
    }
}
