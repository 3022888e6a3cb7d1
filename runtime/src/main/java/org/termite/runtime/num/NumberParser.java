package org.termite.runtime.num;

import java.math.BigInteger;

/**
 * The R7RS syntax of real numbers: prefixes ({@code #x #o #b #d}, {@code #e #i}, at most one of each kind, in
 * either order), then a signed integer, ratio or (in radix 10) decimal, or {@code +inf.0 -inf.0 +nan.0 -nan.0}.
 * Text that is not a number (a symbol such as {@code +}, {@code ...} or {@code 1+}) gives null, never an error.
 *
 * <p>Decimals are read through {@link Double#parseDouble}, which rounds correctly; {@code #e} decimals are built
 * exactly from their digits, so {@code #e1.1} is 11/10.
 */
public final class NumberParser {
    /** {@code #e} decimal exponents beyond this would build integers too large to be worth holding. */
    private static final int MAX_EXACT_EXPONENT = 100_000;

    private NumberParser() {}

    /** The number written as {@code text} (with optional prefixes) in the default radix, or null if none. */
    public static Object parse(String text, int radix) {
        char exactness = 0;
        boolean radixGiven = false;
        int i = 0;
        while (i + 1 < text.length() && text.charAt(i) == '#') {
            char c = Character.toLowerCase(text.charAt(i + 1));
            if (c == 'e' || c == 'i') {
                if (exactness != 0) {
                    return null;
                }
                exactness = c;
            } else {
                if (radixGiven) {
                    return null;
                }
                radixGiven = true;
                switch (c) {
                    case 'x': radix = 16; break;
                    case 'o': radix = 8; break;
                    case 'b': radix = 2; break;
                    case 'd': radix = 10; break;
                    default: return null;
                }
            }
            i += 2;
        }
        Object r = real(text, i, radix, exactness);
        return r != null ? r : complex(text, i, radix, exactness);
    }

    /**
     * {@code real@angle}, {@code real+imag i}, {@code real-imag i}, {@code +imag i}, {@code -imag i} (the imaginary
     * magnitude may be left out: {@code +i}). The sign that starts the imaginary part is the last + or - that is
     * not the sign of an exponent.
     */
    private static Object complex(String s, int start, int radix, char exactness) {
        int n = s.length();
        if (n - start < 2) {
            return null;
        }
        int at = s.indexOf('@', start);
        if (at >= 0) {
            Object magnitude = real(s.substring(start, at), 0, radix, exactness);
            Object angle = real(s.substring(at + 1), 0, radix, exactness);
            return magnitude == null || angle == null ? null : ComplexMath.polar(magnitude, angle);
        }
        char last = s.charAt(n - 1);
        if (last != 'i' && last != 'I') {
            return null;
        }
        String body = s.substring(start, n - 1);
        int k = body.length() - 1;
        while (k > 0) {
            char c = body.charAt(k);
            if ((c == '+' || c == '-') && !(radix == 10 && "eEsSfFdDlL".indexOf(body.charAt(k - 1)) >= 0
                    && k >= 2 && (Character.isDigit(body.charAt(k - 2)) || body.charAt(k - 2) == '.'))) {
                break;
            }
            k--;
        }
        String imag = body.substring(k);
        if (imag.isEmpty() || (imag.charAt(0) != '+' && imag.charAt(0) != '-')) {
            return null;
        }
        Object im = imag.length() == 1 ? (Object) (imag.equals("+") ? 1L : -1L) : real(imag, 0, radix, exactness);
        Object re = k == 0 ? (Object) 0L : real(body.substring(0, k), 0, radix, exactness);
        if (im == null || re == null) {
            return null;
        }
        if (exactness == 'i') {
            im = Num.toDouble(im);
            re = Num.toDouble(re);
        }
        return Complex.make(re, im);
    }

    private static Object real(String s, int start, int radix, char exactness) {
        int n = s.length();
        if (start >= n) {
            return null;
        }
        char first = s.charAt(start);
        boolean negative = first == '-';
        int i = first == '+' || first == '-' ? start + 1 : start;
        if (i > start && n - i == 5) {
            Object special = special(s.substring(i).toLowerCase(), negative);
            if (special != null) {
                return exactness == 'e' ? null : special;
            }
        }
        int digitsEnd = digits(s, i, radix);
        Object value;
        if (digitsEnd < n && s.charAt(digitsEnd) == '/') {
            int denEnd = digits(s, digitsEnd + 1, radix);
            if (digitsEnd == i || denEnd == digitsEnd + 1 || denEnd != n) {
                return null;
            }
            BigInteger den = new BigInteger(s.substring(digitsEnd + 1, n), radix);
            if (den.signum() == 0) {
                return null;
            }
            value = Ratnum.make(new BigInteger(s.substring(i, digitsEnd), radix), den);
        } else if (digitsEnd == n) {
            if (digitsEnd == i) {
                return null;
            }
            value = integer(s, i, n, radix);
        } else {
            return radix == 10 ? decimal(s, i, negative, exactness) : null;
        }
        if (negative) {
            value = Arith.negate(value, "string->number");
        }
        return exactness == 'i' ? (Object) Num.toDouble(value) : value;
    }

    private static Object special(String body, boolean negative) {
        if (body.equals("inf.0")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan.0")) {
            return Double.NaN;
        }
        return null;
    }

    /** The end of the run of radix digits starting at {@code i}. */
    private static int digits(String s, int i, int radix) {
        while (i < s.length() && digit(s.charAt(i), radix) >= 0) {
            i++;
        }
        return i;
    }

    private static int digit(char c, int radix) {
        return c < 128 ? Character.digit(c, radix) : -1;
    }

    private static Object integer(String s, int from, int to, int radix) {
        if (to - from <= 12) {
            long v = 0;
            for (int k = from; k < to; k++) {
                v = v * radix + digit(s.charAt(k), radix);
            }
            return v;
        }
        return Num.norm(new BigInteger(s.substring(from, to), radix));
    }

    /** digits [. digits] [e [sign] digits], with at least one digit in the mantissa. */
    private static Object decimal(String s, int start, boolean negative, char exactness) {
        int n = s.length();
        int intEnd = digits(s, start, 10);
        int fracStart = intEnd;
        int fracEnd = intEnd;
        if (intEnd < n && s.charAt(intEnd) == '.') {
            fracStart = intEnd + 1;
            fracEnd = digits(s, fracStart, 10);
        }
        if (intEnd == start && fracEnd == fracStart) {
            return null;
        }
        long exponent = 0;
        int end = fracEnd;
        // R7RS writes exponents with e only; s, f, d and l are R5RS's markers for precisions, all double here.
        if (end < n && "eEsSfFdDlL".indexOf(s.charAt(end)) >= 0) {
            int k = end + 1;
            boolean expNegative = false;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                expNegative = s.charAt(k) == '-';
                k++;
            }
            int expEnd = digits(s, k, 10);
            if (expEnd == k) {
                return null;
            }
            for (int j = k; j < expEnd; j++) {
                exponent = Math.min(exponent * 10 + (s.charAt(j) - '0'), 1L << 40);
            }
            exponent = expNegative ? -exponent : exponent;
            end = expEnd;
        }
        if (end != n) {
            return null;
        }
        String mantissa = s.substring(start, intEnd) + s.substring(fracStart, fracEnd);
        if (exactness != 'e') {
            double d = Double.parseDouble(mantissa + "e" + (exponent - (fracEnd - fracStart)));
            return negative ? -d : d;
        }
        return exactDecimal(new BigInteger(mantissa), exponent - (fracEnd - fracStart), negative);
    }

    private static Object exactDecimal(BigInteger mantissa, long exponent, boolean negative) {
        if (negative) {
            mantissa = mantissa.negate();
        }
        if (mantissa.signum() == 0) {
            return 0L;
        }
        if (Math.abs(exponent) > MAX_EXACT_EXPONENT) {
            return null;
        }
        BigInteger scale = BigInteger.TEN.pow((int) Math.abs(exponent));
        return exponent >= 0 ? Num.norm(mantissa.multiply(scale)) : Ratnum.make(mantissa, scale);
    }
}
