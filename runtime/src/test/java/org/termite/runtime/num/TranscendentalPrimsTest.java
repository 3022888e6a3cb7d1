package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.termite.runtime.num.Checks.assertNum;
import static org.termite.runtime.num.Checks.errorMessage;
import static org.termite.runtime.num.Checks.num;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Values;

class TranscendentalPrimsTest {
    @Test
    void elementary_flonumResults() {
        assertNum(Long.class, "1", TranscendentalPrims.exp(0L));
        assertNum(Double.class, "2.718281828459045", TranscendentalPrims.exp(1L));
        assertNum(Long.class, "0", TranscendentalPrims.log(1L));
        assertNum(Double.class, "0.0", TranscendentalPrims.log(1.0));
        assertNum(Double.class, "3.0", TranscendentalPrims.log(8L, 2L));
        assertNum(Double.class, "-inf.0", TranscendentalPrims.log(0.0));
        assertNum(Long.class, "0", TranscendentalPrims.sin(0L));
        assertNum(Double.class, "1.0", TranscendentalPrims.sin(Math.PI / 2));
        assertNum(Long.class, "1", TranscendentalPrims.cos(0L));
        assertNum(Double.class, "1.5707963267948966", TranscendentalPrims.asin(1L));
        assertNum(Double.class, "0.0", TranscendentalPrims.acos(1.0));
        assertNum(Double.class, "0.7853981633974483", TranscendentalPrims.atan(1L));
        assertNum(Double.class, "3.141592653589793", TranscendentalPrims.atan(0L, -1L));
        assertEquals("sin: expected a number, got", errorMessage(() -> TranscendentalPrims.sin("x")));
    }

    @Test
    void log_ofHugeExactNumbers() {
        Object tenTo400 = num("1" + "0".repeat(400));
        assertEquals(400 * Math.log(10), (Double) TranscendentalPrims.log(tenTo400), 1e-9);
        assertEquals(-400 * Math.log(10), (Double) TranscendentalPrims.log(NumberPrims.div(1L, tenTo400)), 1e-9);
    }

    @Test
    void realArgumentsWithComplexResults_giveComplexNumbers() {
        assertNum(Complex.class, "0.0+3.141592653589793i", TranscendentalPrims.log(-1L));
        assertClose(Math.PI / 2, -Math.log(2 + Math.sqrt(3)), TranscendentalPrims.asin(2L));
        assertNum(Complex.class, "+2i", TranscendentalPrims.sqrt(-4L));
        assertNum(Complex.class, "0.0+1.4142135623730951i", TranscendentalPrims.sqrt(-2.0));
        assertClose(0, Math.sqrt(8), TranscendentalPrims.expt(-8L, 0.5));
    }

    private static void assertClose(double re, double im, Object z) {
        Complex c = (Complex) z;
        assertEquals(re, (Double) c.re, 1e-12);
        assertEquals(im, (Double) c.im, 1e-12);
    }

    @Test
    void complexArguments() {
        Object i = NumberParser.parse("+i", 10);
        assertNum(Complex.class, "1+2i", TranscendentalPrims.sqrt(NumberParser.parse("-3+4i", 10)));
        assertNum(Long.class, "-1", TranscendentalPrims.expt(i, 2L));
        assertNum(Complex.class, "-i", TranscendentalPrims.expt(i, -1L));
        assertClose(-1, 0, TranscendentalPrims.exp(NumberPrims.mul(i, Math.PI)));
        assertClose(Math.PI / 2, -Math.log(2 + Math.sqrt(3)), TranscendentalPrims.asin(2.0));
        assertNum(Long.class, "5", RealPrims.magnitude(NumberParser.parse("3+4i", 10)));
        assertEquals("<: expected a real number, got", errorMessage(() -> NumberPrims.lt(i, 1L)));
    }

    @Test
    void sqrt_exactWhenPerfect() {
        assertNum(Long.class, "4", TranscendentalPrims.sqrt(16L));
        assertNum(Ratnum.class, "1/2", TranscendentalPrims.sqrt(num("1/4")));
        assertNum(BigInteger.class, "100000000000000000000", TranscendentalPrims.sqrt(num("1" + "0".repeat(40))));
        assertNum(Double.class, "1.5", TranscendentalPrims.sqrt(2.25));
        assertNum(Double.class, "1.4142135623730951", TranscendentalPrims.sqrt(2L));
        assertNum(Double.class, "-0.0", TranscendentalPrims.sqrt(-0.0));
        assertNum(Double.class, "1.414213562373095e200", TranscendentalPrims.sqrt(num("2" + "0".repeat(400))));
        assertNum(Double.class, "1.414213562373095e-200",
                TranscendentalPrims.sqrt(NumberPrims.div(2L, num("1" + "0".repeat(400)))));
    }

    @Test
    void exactIntegerSqrt_twoValues() {
        Object[] v = ((Values) TranscendentalPrims.exactIntegerSqrt(17L)).values;
        assertNum(Long.class, "4", v[0]);
        assertNum(Long.class, "1", v[1]);
        assertEquals("exact-integer-sqrt: expected an exact nonnegative integer, got",
                errorMessage(() -> TranscendentalPrims.exactIntegerSqrt(-1L)));
        assertEquals("exact-integer-sqrt: expected an exact nonnegative integer, got",
                errorMessage(() -> TranscendentalPrims.exactIntegerSqrt(4.0)));
    }

    @Test
    void square_anyNumber() {
        assertNum(Long.class, "25", TranscendentalPrims.square(-5L));
        assertNum(Ratnum.class, "1/4", TranscendentalPrims.square(num("1/2")));
        assertNum(BigInteger.class, "85070591730234615847396907784232501249",
                TranscendentalPrims.square(Long.MAX_VALUE));
    }

    @Test
    void expt_exactAndInexact() {
        assertNum(Long.class, "1024", TranscendentalPrims.expt(2L, 10L));
        assertNum(BigInteger.class, "1267650600228229401496703205376", TranscendentalPrims.expt(2L, 100L));
        assertNum(Long.class, "-9223372036854775808", TranscendentalPrims.expt(-2L, 63L));
        assertNum(BigInteger.class, "-27" + "0".repeat(30), TranscendentalPrims.expt(num("-3" + "0".repeat(10)), 3L));
        assertNum(Ratnum.class, "1/8", TranscendentalPrims.expt(2L, -3L));
        assertNum(Ratnum.class, "8/27", TranscendentalPrims.expt(num("2/3"), 3L));
        assertNum(Ratnum.class, "9/4", TranscendentalPrims.expt(num("2/3"), -2L));
        assertNum(Long.class, "1", TranscendentalPrims.expt(0L, 0L));
        assertNum(Long.class, "0", TranscendentalPrims.expt(0L, 5L));
        assertNum(Long.class, "-1", TranscendentalPrims.expt(-1L, num("100000000000000000001")));
        assertNum(Double.class, "1.4142135623730951", TranscendentalPrims.expt(2.0, 0.5));
        assertNum(Double.class, "0.25", TranscendentalPrims.expt(2.0, -2L));
        assertNum(Double.class, "1.4142135623730951", TranscendentalPrims.expt(2L, num("1/2")));
        assertNum(Long.class, "2", TranscendentalPrims.expt(4L, num("1/2")));
        assertNum(Long.class, "4", TranscendentalPrims.expt(8L, num("2/3")));
        assertNum(Ratnum.class, "1/2", TranscendentalPrims.expt(num("1/4"), num("1/2")));
        assertNum(Double.class, "-8.0", TranscendentalPrims.expt(-2.0, 3L));
        assertEquals("expt: division by zero", errorMessage(() -> TranscendentalPrims.expt(0L, -1L)));
        assertEquals("expt: result too large", errorMessage(() -> TranscendentalPrims.expt(2L, 1L << 40)));
        assertEquals("expt: expected a number, got", errorMessage(() -> TranscendentalPrims.expt(2L, "x")));
    }
}
