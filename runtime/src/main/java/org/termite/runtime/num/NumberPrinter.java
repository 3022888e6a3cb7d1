package org.termite.runtime.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The written form of numbers. Exact numbers print in any radix from 2 to 36 with lowercase digits. Flonums
 * print as the shortest decimal that reads back as the same double (and of those the nearest), positional for
 * decimal exponents in [-4, 16) and scientific otherwise: {@code 100.0}, {@code 0.0001}, {@code 1e16},
 * {@code 1.5e-5}. In another radix a flonum is written in decimal behind a {@code #d} prefix, which reads back.
 */
public final class NumberPrinter {
    private NumberPrinter() {}

    public static String toString(Object number, int radix) {
        if (number instanceof Long l) {
            return Long.toString(l, radix);
        }
        if (number instanceof Double d) {
            return radix == 10 || d.isNaN() || d.isInfinite() ? flonum(d) : "#d" + flonum(d);
        }
        if (number instanceof BigInteger b) {
            return b.toString(radix);
        }
        if (number instanceof Ratnum r) {
            return r.num.toString(radix) + "/" + r.den.toString(radix);
        }
        if (number instanceof Complex z) {
            return complex(z, radix);
        }
        return String.valueOf(number);
    }

    /**
     * {@code re+imi}, with the real part left out when it is exact zero and a unit imaginary part written as
     * just its sign: {@code 1+2i}, {@code +i}, {@code -2.5i}, {@code 1.0+0.0i}, {@code +inf.0-1.0i}.
     */
    private static String complex(Complex z, int radix) {
        StringBuilder sb = new StringBuilder();
        if (!(z.re instanceof Long l && l == 0)) {
            sb.append(toString(z.re, radix));
        }
        String im = z.im instanceof Long l && (l == 1 || l == -1) ? (l == 1 ? "+" : "-") : toString(z.im, radix);
        if (radix != 10 && im.startsWith("#d")) {
            im = im.substring(2);
        }
        if (!im.startsWith("-") && !im.startsWith("+")) {
            sb.append('+');
        }
        return sb.append(im).append('i').toString();
    }

    public static String flonum(double d) {
        if (Double.isNaN(d)) {
            return "+nan.0";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+inf.0" : "-inf.0";
        }
        if (d == 0) {
            return (1 / d) < 0 ? "-0.0" : "0.0";
        }
        if (Math.abs(d) < 0x1p53 && d == Math.rint(d)) {
            // Below 2^53 an integral double is the only double within half a unit of its integer, so the
            // integer's own digits are the shortest form.
            return Long.toString((long) d).concat(".0");
        }
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int trailing = 0;
        while (trailing < digits.length() - 1 && digits.charAt(digits.length() - 1 - trailing) == '0') {
            trailing++;
        }
        digits = digits.substring(0, digits.length() - trailing);
        // The value is 0.DIGITS x 10^(point); its scientific exponent is point - 1.
        int point = digits.length() + trailing - shortest.scale();
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        int exponent = point - 1;
        if (exponent >= -4 && exponent < 16) {
            positional(digits, point, sb);
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exponent);
        }
        return sb.toString();
    }

    private static void positional(String digits, int point, StringBuilder sb) {
        if (point <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-point));
            sb.append(digits);
        } else if (point >= digits.length()) {
            sb.append(digits);
            sb.append("0".repeat(point - digits.length()));
            sb.append(".0");
        } else {
            sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
    }

    /**
     * The shortest decimal that rounds to {@code d} (positive, finite), nearest to it among those. Reading back
     * succeeds for some precision p iff it succeeds for the p-digit neighbours of d below or above, and then
     * for every larger p too, so the search starts from the length of {@link Double#toString} (which always
     * reads back but is sometimes a digit too long) and walks down.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        int p = significantDigits(Double.toString(d));
        BigDecimal best = nearestReadingBack(exact, p, d);
        while (p > 1) {
            BigDecimal shorter = nearestReadingBack(exact, p - 1, d);
            if (shorter == null) {
                break;
            }
            best = shorter;
            p--;
        }
        return best != null ? best : exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal nearestReadingBack(BigDecimal exact, int p, double d) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = down.doubleValue() == d;
        boolean upOk = up.doubleValue() == d;
        if (downOk && upOk) {
            int c = exact.subtract(down).compareTo(up.subtract(exact));
            return c < 0 || (c == 0 && evenLastDigit(down)) ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static boolean evenLastDigit(BigDecimal x) {
        return !x.unscaledValue().testBit(0);
    }

    /** The number of significant digits in Java's rendering, such as "1.0E-5" or "123.456". */
    private static int significantDigits(String javaString) {
        int e = javaString.indexOf('E');
        String mantissa = e < 0 ? javaString : javaString.substring(0, e);
        String digits = mantissa.replace(".", "").replaceFirst("^0+", "");
        digits = digits.replaceFirst("0+$", "");
        return Math.max(1, Math.min(digits.length(), 17));
    }
}
