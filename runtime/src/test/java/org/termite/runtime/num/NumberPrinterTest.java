package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NumberPrinterTest {
    private static String print(double d) {
        return NumberPrinter.toString(d, 10);
    }

    @Test
    void toString_positionalFlonums() {
        assertEquals("1000.0", print(1000.0));
        assertEquals("0.25", print(0.25));
        assertEquals("1.5", print(1.5));
        assertEquals("100.0", print(100.0));
        assertEquals("0.0001", print(0.0001));
        assertEquals("-2.5", print(-2.5));
        assertEquals("0.1", print(0.1));
        assertEquals("0.30000000000000004", print(0.1 + 0.2));
        assertEquals("123456789.125", print(123456789.125));
        assertEquals("1000000000000000.0", print(1e15));
        assertEquals("9007199254740992.0", print(9007199254740992.0));
    }

    @Test
    void toString_scientificFlonums() {
        assertEquals("1e16", print(1e16));
        assertEquals("1.2345678901234567e19", print(12345678901234567890.0));
        assertEquals("1.5e-5", print(1.5e-5));
        assertEquals("1e21", print(1e21));
        assertEquals("1e23", print(1e23));
        assertEquals("-1e-7", print(-1e-7));
        assertEquals("1.7976931348623157e308", print(Double.MAX_VALUE));
        assertEquals("5e-324", print(Double.MIN_VALUE));
        assertEquals("2.2250738585072014e-308", print(Double.MIN_NORMAL));
    }

    @Test
    void toString_shorterThanJavaWhereJavaIsLong() {
        // Java 17 writes these as 2.82879384806159008E17 and 9.999999999999999E22.
        assertEquals("2.82879384806159e17", print(2.82879384806159e17));
        assertEquals("1e23", print(1.0e23));
        assertEquals("0.002", print(2e-3));
    }

    @Test
    void toString_specials() {
        assertEquals("+inf.0", print(Double.POSITIVE_INFINITY));
        assertEquals("-inf.0", print(Double.NEGATIVE_INFINITY));
        assertEquals("+nan.0", print(Double.NaN));
        assertEquals("0.0", print(0.0));
        assertEquals("-0.0", print(-0.0));
    }

    @Test
    void toString_exactInRadixes() {
        assertEquals("11111111", NumberPrinter.toString(255L, 2));
        assertEquals("ff", NumberPrinter.toString(255L, 16));
        assertEquals("-377", NumberPrinter.toString(-255L, 8));
        assertEquals("z", NumberPrinter.toString(35L, 36));
        assertEquals("-8000000000000000", NumberPrinter.toString(Long.MIN_VALUE, 16));
        assertEquals("10000000000000000", NumberPrinter.toString(Checks.num("18446744073709551616"), 16));
        assertEquals("-1/a", NumberPrinter.toString(Checks.num("-1/10"), 16));
        assertEquals("#d0.5", NumberPrinter.toString(0.5, 16));
        assertEquals("+inf.0", NumberPrinter.toString(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void toString_flonumsReadBackAndAreShortest() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String s = print(d);
            assertEquals(d, (Double) NumberParser.parse(s, 10), s);
            int digits = s.replaceAll("e.*", "").replaceAll("[^0-9]", "").replaceFirst("^0+", "")
                    .replaceFirst("0+$", "").length();
            String java = Double.toString(Math.abs(d)).replaceAll("E.*", "").replace(".", "")
                    .replaceFirst("^0+", "").replaceFirst("0+$", "");
            assertEquals(true, digits <= Math.max(1, java.length()), s + " vs " + d);
        }
    }
}
