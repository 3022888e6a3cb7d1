package org.termite.runtime.prims;

import org.termite.runtime.Primitive;
import org.termite.runtime.SchemeError;
import org.termite.runtime.num.Num;

/**
 * (scheme complex) over the real numbers: every real is a complex number whose imaginary part is exact zero.
 * A complex number with a non-zero imaginary part is not supported, and asking for one is an error that says so.
 */
public final class ComplexPrims {
    private ComplexPrims() {}

    @Primitive("real-part")
    public static Object realPart(Object z) {
        return real("real-part", z);
    }

    @Primitive("imag-part")
    public static Object imagPart(Object z) {
        real("imag-part", z);
        return 0L;
    }

    /** 0 for a non-negative real, pi for a negative one (inexact unless the argument is exact and positive). */
    @Primitive("angle")
    public static Object angle(Object z) {
        real("angle", z);
        if (z instanceof Double d) {
            return d < 0 || d == 0 && 1 / d < 0 ? Math.PI : 0.0;
        }
        return Num.toDouble(z) < 0 ? (Object) Math.PI : (Object) 0L;
    }

    @Primitive("make-rectangular")
    public static Object makeRectangular(Object re, Object im) {
        real("make-rectangular", re);
        real("make-rectangular", im);
        if (im instanceof Long l && l == 0) {
            return re;
        }
        throw unsupported("make-rectangular", im);
    }

    @Primitive("make-polar")
    public static Object makePolar(Object magnitude, Object angle) {
        real("make-polar", magnitude);
        real("make-polar", angle);
        if (angle instanceof Long l && l == 0) {
            return magnitude;
        }
        throw unsupported("make-polar", angle);
    }

    private static Object real(String who, Object x) {
        if (!Num.isNumber(x)) {
            throw SchemeError.wrongType(who, "number", x);
        }
        return x;
    }

    private static SchemeError unsupported(String who, Object part) {
        return SchemeError.error(who + ": complex numbers with a non-zero imaginary part are not supported:", part);
    }
}
