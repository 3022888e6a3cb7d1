package org.termite.runtime.num;

import java.math.BigInteger;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;

/** Type and sign predicates, exactness conversions, and conversion between numbers and strings. */
public final class NumberTypePrims {
    private NumberTypePrims() {}

    @Primitive({"number?", "complex?"})
    public static boolean isNumber(Object x) {
        return Num.isComplex(x);
    }

    @Primitive("real?")
    public static boolean isReal(Object x) {
        return Num.isNumber(x);
    }

    @Primitive("rational?")
    public static boolean isRational(Object x) {
        if (x instanceof Double d) {
            return !d.isNaN() && !d.isInfinite();
        }
        return Num.isExactRational(x);
    }

    @Primitive("integer?")
    public static boolean isInteger(Object x) {
        return Num.isInteger(x);
    }

    @Primitive("exact-integer?")
    public static boolean isExactInteger(Object x) {
        return x instanceof Long || x instanceof BigInteger;
    }

    @Primitive("exact-rational?")
    public static boolean isExactRational(Object x) {
        return Num.isExactRational(x);
    }

    @Primitive("exact-nonnegative-integer?")
    public static boolean isExactNonnegativeInteger(Object x) {
        return x instanceof Long l ? l >= 0 : x instanceof BigInteger b && b.signum() >= 0;
    }

    @Primitive("exact?")
    public static boolean isExact(Object x) {
        if (x instanceof Complex z) {
            return z.isExact();
        }
        return !(Num.checkNumber(x, "exact?") instanceof Double);
    }

    @Primitive("inexact?")
    public static boolean isInexact(Object x) {
        if (x instanceof Complex z) {
            return !z.isExact();
        }
        return Num.checkNumber(x, "inexact?") instanceof Double;
    }

    @Primitive("nan?")
    public static boolean isNan(Object x) {
        if (x instanceof Complex z) {
            return isNan(z.re) || isNan(z.im);
        }
        return Num.checkNumber(x, "nan?") instanceof Double d && d.isNaN();
    }

    @Primitive("infinite?")
    public static boolean isInfinite(Object x) {
        if (x instanceof Complex z) {
            return isInfinite(z.re) || isInfinite(z.im);
        }
        return Num.checkNumber(x, "infinite?") instanceof Double d && d.isInfinite();
    }

    @Primitive("finite?")
    public static boolean isFinite(Object x) {
        if (x instanceof Complex z) {
            return isFinite(z.re) && isFinite(z.im);
        }
        return !(Num.checkNumber(x, "finite?") instanceof Double d) || Double.isFinite(d);
    }

    @Primitive("zero?")
    public static boolean isZero(Object x) {
        if (x instanceof Long l) {
            return l == 0;
        }
        if (x instanceof Complex z) {
            return isZero(z.re) && isZero(z.im);
        }
        return x instanceof Double d ? d == 0 : Num.sign(Num.checkNumber(x, "zero?")) == 0;
    }

    @Primitive("positive?")
    public static boolean isPositive(Object x) {
        if (x instanceof Long l) {
            return l > 0;
        }
        return Num.sign(Num.checkNumber(x, "positive?")) > 0;
    }

    @Primitive("negative?")
    public static boolean isNegative(Object x) {
        if (x instanceof Long l) {
            return l < 0;
        }
        return Num.sign(Num.checkNumber(x, "negative?")) < 0;
    }

    @Primitive("odd?")
    public static boolean isOdd(Object x) {
        if (x instanceof Long l) {
            return (l & 1) != 0;
        }
        return !isEvenSlow(x, "odd?");
    }

    @Primitive("even?")
    public static boolean isEven(Object x) {
        if (x instanceof Long l) {
            return (l & 1) == 0;
        }
        return isEvenSlow(x, "even?");
    }

    private static boolean isEvenSlow(Object x, String who) {
        if (x instanceof BigInteger b) {
            return !b.testBit(0);
        }
        Num.checkInteger(x, who);
        return Math.IEEEremainder((Double) x, 2.0) == 0;
    }

    @Primitive({"exact", "inexact->exact"})
    public static Object exact(Object x) {
        return Num.exact(x, "exact");
    }

    @Primitive({"inexact", "exact->inexact"})
    public static Object inexact(Object x) {
        return Num.inexact(x, "inexact");
    }

    @Primitive("number->string")
    public static Object numberToString(Object n) {
        return MString.of(NumberPrinter.toString(Num.checkComplex(n, "number->string"), 10));
    }

    @Primitive("number->string")
    public static Object numberToString(Object n, Object radix) {
        Num.checkComplex(n, "number->string");
        return MString.of(NumberPrinter.toString(n, radix(radix, "number->string")));
    }

    @Primitive("string->number")
    public static Object stringToNumber(Object s) {
        return stringToNumber(s, 10L);
    }

    @Primitive("string->number")
    public static Object stringToNumber(Object s, Object radix) {
        if (!(s instanceof MString m)) {
            throw SchemeError.wrongType("string->number", "string", s);
        }
        Object n = NumberParser.parse(m.toString(), radix(radix, "string->number"));
        return n == null ? Boolean.FALSE : n;
    }

    private static int radix(Object r, String who) {
        if (r instanceof Long l && l >= 2 && l <= 36) {
            return (int) (long) l;
        }
        throw SchemeError.wrongType(who, "radix between 2 and 36", r);
    }
}
