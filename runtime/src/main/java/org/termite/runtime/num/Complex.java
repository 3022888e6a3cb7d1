package org.termite.runtime.num;

/**
 * A non-real complex number in rectangular form. Both parts are real numbers and share one exactness (an
 * inexact part makes the other inexact too). A number whose imaginary part is exact zero is never a Complex:
 * {@link #make} returns the real part instead, so every exact complex value has one representation and
 * {@code equals} by parts is Scheme's {@code eqv?}. An inexact zero imaginary part stays: {@code 1.0+0.0i} is
 * not a real number, as in R7RS.
 */
public final class Complex {
    public final Object re;
    public final Object im;

    private Complex(Object re, Object im) {
        this.re = re;
        this.im = im;
    }

    /** {@code re + im i}: a real when {@code im} is exact zero. Both parts must be real numbers. */
    public static Object make(Object re, Object im) {
        if (im instanceof Long l && l == 0) {
            return re;
        }
        if (re instanceof Double || im instanceof Double) {
            return new Complex(Num.toDouble(re), Num.toDouble(im));
        }
        return new Complex(re, im);
    }

    /** {@code magnitude * e^(i angle)}, for make-polar and the reader's {@code m@a}. */
    public static Object polar(Object magnitude, Object angle) {
        return ComplexMath.polar(magnitude, angle);
    }

    /** The angle of a complex number, in (-pi, pi]. */
    public double angle() {
        return ComplexMath.angle(this);
    }

    public static Complex inexact(double re, double im) {
        return new Complex(re, im);
    }

    public boolean isExact() {
        return !(re instanceof Double);
    }

    /** The real part of any number. */
    static Object re(Object z) {
        return z instanceof Complex c ? c.re : z;
    }

    /** The imaginary part of any number: exact zero for a real. */
    static Object im(Object z) {
        return z instanceof Complex c ? c.im : (Object) 0L;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex c && same(re, c.re) && same(im, c.im);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x) {
            return b instanceof Double y && Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
        }
        return a.equals(b);
    }

    @Override
    public int hashCode() {
        return re.hashCode() * 31 + im.hashCode();
    }

    @Override
    public String toString() {
        return NumberPrinter.toString(this, 10);
    }
}
