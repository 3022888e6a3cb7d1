package org.termite.runtime.prims;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.num.Complex;
import org.termite.runtime.num.Num;

/** (scheme complex): building complex numbers from parts and taking them apart. Every real is complex too. */
public final class ComplexPrims {
    private ComplexPrims() {}

    @Primitive("real-part")
    public static Object realPart(Object z) {
        return z instanceof Complex c ? c.re : real("real-part", z);
    }

    @Primitive("imag-part")
    public static Object imagPart(Object z) {
        if (z instanceof Complex c) {
            return c.im;
        }
        real("imag-part", z);
        return 0L;
    }

    /** In (-pi, pi]: 0 for a positive real (exact if the real is), pi for a negative one. */
    @Primitive("angle")
    public static Object angle(Object z) {
        if (z instanceof Complex c) {
            return c.angle();
        }
        real("angle", z);
        if (z instanceof Double d) {
            return d < 0 || d == 0 && 1 / d < 0 ? Math.PI : 0.0;
        }
        return Num.toDouble(z) < 0 ? (Object) Math.PI : (Object) 0L;
    }

    @Primitive({"make-rectangular", "%make-rectangular"})
    public static Object makeRectangular(Object re, Object im) {
        return Complex.make(real("make-rectangular", re), real("make-rectangular", im));
    }

    @Primitive("make-polar")
    public static Object makePolar(Object magnitude, Object angle) {
        return Complex.polar(real("make-polar", magnitude), real("make-polar", angle));
    }

    private static Object real(String who, Object x) {
        if (!Num.isNumber(x)) {
            throw SchemeError.wrongType(who, x instanceof Complex ? "real number" : "number", x);
        }
        return x;
    }
}
