package org.termite.runtime.num;

import org.termite.runtime.exec.SchemeError;

/**
 * Arithmetic and elementary functions on complex numbers. The real operations hand a case here only when an
 * operand is a {@link Complex} or the result must be one (the square root of a negative number), so reals keep
 * their fast paths. Exact complex arithmetic (+ - * /, integer powers) stays exact; the transcendental
 * functions compute with doubles, by the usual identities.
 */
final class ComplexMath {
    private ComplexMath() {}

    static Object add(Object a, Object b) {
        return Complex.make(Arith.add(Complex.re(a), Complex.re(b)), Arith.add(Complex.im(a), Complex.im(b)));
    }

    static Object sub(Object a, Object b) {
        return Complex.make(Arith.sub(Complex.re(a), Complex.re(b)), Arith.sub(Complex.im(a), Complex.im(b)));
    }

    static Object mul(Object a, Object b) {
        Object ar = Complex.re(a);
        Object ai = Complex.im(a);
        Object br = Complex.re(b);
        Object bi = Complex.im(b);
        return Complex.make(Arith.sub(Arith.mul(ar, br), Arith.mul(ai, bi)),
                Arith.add(Arith.mul(ar, bi), Arith.mul(ai, br)));
    }

    static Object div(Object a, Object b) {
        Object ar = Complex.re(a);
        Object ai = Complex.im(a);
        Object br = Complex.re(b);
        Object bi = Complex.im(b);
        Object d = Arith.add(Arith.mul(br, br), Arith.mul(bi, bi));
        if (Num.isExactRational(d) && Num.sign(d) == 0) {
            throw SchemeError.error("/: division by zero", a);
        }
        Object re = Arith.add(Arith.mul(ar, br), Arith.mul(ai, bi));
        Object im = Arith.sub(Arith.mul(ai, br), Arith.mul(ar, bi));
        return Complex.make(Arith.div(re, d), Arith.div(im, d));
    }

    static Object negate(Complex z) {
        return Complex.make(Arith.negate(z.re, "-"), Arith.negate(z.im, "-"));
    }

    static boolean numEquals(Object a, Object b) {
        return Arith.compare(Complex.re(a), Complex.re(b), "=") == 0
                && Arith.compare(Complex.im(a), Complex.im(b), "=") == 0;
    }

    static Object magnitude(Complex z) {
        if (z.isExact()) {
            return TranscendentalPrims.sqrt(Arith.add(Arith.mul(z.re, z.re), Arith.mul(z.im, z.im)));
        }
        return Math.hypot((Double) z.re, (Double) z.im);
    }

    static double angle(Object z) {
        return Math.atan2(Num.toDouble(Complex.im(z)), Num.toDouble(Complex.re(z)));
    }

    private static double re(Object z) {
        return Num.toDouble(Complex.re(z));
    }

    private static double im(Object z) {
        return Num.toDouble(Complex.im(z));
    }

    static Object exp(Object z) {
        double m = Math.exp(re(z));
        double t = im(z);
        return Complex.inexact(m * Math.cos(t), m * Math.sin(t));
    }

    /** The principal logarithm: log|z| + i angle(z), for complex z and for negative reals. */
    static Object log(Object z) {
        return Complex.inexact(Math.log(Math.hypot(re(z), im(z))), angle(z));
    }

    /**
     * The principal square root. Exact arguments whose root is exact (-4, -3+4i) give exact roots; the others
     * are computed so as not to lose precision when the real part dominates.
     */
    static Object sqrt(Object z) {
        double x = re(z);
        double y = im(z);
        double m = Math.hypot(x, y);
        double t = Math.sqrt((Math.abs(x) + m) / 2);
        double re;
        double im;
        if (t == 0) {
            re = 0;
            im = 0;
        } else if (x >= 0) {
            re = t;
            im = y / (2 * t);
        } else {
            re = Math.abs(y) / (2 * t);
            im = Math.copySign(t, y == 0 && !(Complex.im(z) instanceof Double) ? 1.0 : y);
        }
        if (!(Complex.re(z) instanceof Double) && !(Complex.im(z) instanceof Double)
                && re == Math.rint(re) && im == Math.rint(im) && Math.abs(re) < 0x1p52 && Math.abs(im) < 0x1p52) {
            Object exact = Complex.make((long) re, (long) im);
            if (numEquals(mul(exact, exact), z)) {
                return exact;
            }
        }
        return Complex.inexact(re, im);
    }

    /** z1^z2: exact integer powers by squaring (exact stays exact), the others as exp(z2 log z1). */
    static Object expt(Object base, Object e) {
        if (Num.isExactInteger(e)) {
            boolean negative = Num.sign(e) < 0;
            java.math.BigInteger n = Num.big(e).abs();
            Object result = 1L;
            Object square = base;
            for (int i = 0; i < n.bitLength(); i++) {
                if (n.testBit(i)) {
                    result = mul(result, square);
                }
                if (i + 1 < n.bitLength()) {
                    square = mul(square, square);
                }
            }
            return negative ? div(1L, result) : result;
        }
        if (re(base) == 0 && im(base) == 0) {
            if (re(e) > 0) {
                return Num.isExactRational(Complex.re(base)) && Num.isExactRational(Complex.re(e)) ? (Object) 0L : 0.0;
            }
            throw SchemeError.error("expt: zero to a power whose real part is not positive:", e);
        }
        return exp(mul(e, log(base)));
    }

    static Object sin(Object z) {
        double a = re(z);
        double b = im(z);
        return Complex.inexact(Math.sin(a) * Math.cosh(b), Math.cos(a) * Math.sinh(b));
    }

    static Object cos(Object z) {
        double a = re(z);
        double b = im(z);
        return Complex.inexact(Math.cos(a) * Math.cosh(b), -Math.sin(a) * Math.sinh(b));
    }

    static Object tan(Object z) {
        return div(sin(z), cos(z));
    }

    private static final Complex I = Complex.inexact(0, 1);

    /** asin z = -i log(iz + sqrt(1 - z^2)). */
    static Object asin(Object z) {
        Object w = log(add(mul(I, z), sqrt(sub(1.0, mul(z, z)))));
        return mul(Complex.inexact(0, -1), w);
    }

    /** acos z = pi/2 - asin z. */
    static Object acos(Object z) {
        return sub(Math.PI / 2, asin(z));
    }

    /** atan z = (i/2) (log(1 - iz) - log(1 + iz)). */
    static Object atan(Object z) {
        Object iz = mul(I, z);
        return mul(Complex.inexact(0, 0.5), sub(log(sub(1.0, iz)), log(add(1.0, iz))));
    }

    /** magnitude * e^(i angle); a real when the angle is exact zero. */
    static Object polar(Object magnitude, Object angle) {
        if (angle instanceof Long l && l == 0) {
            return magnitude;
        }
        double m = Num.toDouble(magnitude);
        double a = Num.toDouble(angle);
        return Complex.inexact(m * Math.cos(a), m * Math.sin(a));
    }

    static Object exact(Complex z, String who) {
        return Complex.make(Num.exact(z.re, who), Num.exact(z.im, who));
    }

    static Object inexact(Complex z) {
        return Complex.inexact(Num.toDouble(z.re), Num.toDouble(z.im));
    }
}
