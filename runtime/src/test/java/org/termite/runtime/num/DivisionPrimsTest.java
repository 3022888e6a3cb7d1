package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.termite.runtime.num.Checks.assertNum;
import static org.termite.runtime.num.Checks.errorMessage;
import static org.termite.runtime.num.Checks.num;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Values;

class DivisionPrimsTest {
    private static Object fact(int n) {
        Object r = 1L;
        for (int i = 2; i <= n; i++) {
            r = NumberPrims.mul(r, (long) i);
        }
        return r;
    }

    private static String both(Object values) {
        Object[] v = ((Values) values).values;
        return NumberPrinter.toString(v[0], 10) + " " + NumberPrinter.toString(v[1], 10);
    }

    @Test
    void quotient_remainder_modulo_signs() {
        assertNum(Long.class, "1", DivisionPrims.modulo(-7L, 2L));
        assertNum(Long.class, "-1", DivisionPrims.remainder(-7L, 2L));
        assertNum(Long.class, "-3", DivisionPrims.quotient(-7L, 2L));
        assertNum(Long.class, "-1", DivisionPrims.modulo(7L, -2L));
        assertNum(Long.class, "-4", DivisionPrims.floorQuotient(7L, -2L));
        assertNum(BigInteger.class, "9223372036854775808", DivisionPrims.quotient(Long.MIN_VALUE, -1L));
        assertNum(Long.class, "0", DivisionPrims.remainder(Long.MIN_VALUE, -1L));
    }

    @Test
    void quotient_bignums() {
        assertNum(Long.class, "870", DivisionPrims.quotient(fact(30), fact(28)));
        assertNum(Long.class, "0", DivisionPrims.remainder(fact(30), fact(28)));
        assertNum(BigInteger.class, "-100000000000000000000",
                DivisionPrims.floorQuotient(num("-199999999999999999999"), 2L));
        assertNum(Long.class, "1", DivisionPrims.modulo(num("-199999999999999999999"), 2L));
    }

    @Test
    void quotient_inexactIntegers() {
        assertNum(Double.class, "3.0", DivisionPrims.quotient(7.0, 2L));
        assertNum(Double.class, "-1.0", DivisionPrims.remainder(-7L, 2.0));
        assertNum(Double.class, "1.0", DivisionPrims.modulo(-7.0, 2.0));
        assertNum(Double.class, "-0.0", DivisionPrims.remainder(-6.0, 2.0));
        assertEquals("quotient: expected an integer, got", errorMessage(() -> DivisionPrims.quotient(7.5, 2L)));
    }

    @Test
    void divideForms_returnTwoValues() {
        assertEquals("-4 -1", both(DivisionPrims.floorDivide(7L, -2L)));
        assertEquals("-3 1", both(DivisionPrims.truncateDivide(7L, -2L)));
        assertEquals("-4 1", both(DivisionPrims.floorDivide(-7L, 2L)));
        assertEquals("3 1", both(DivisionPrims.floorDivide(num("10000000000000000000"), num("3333333333333333333"))));
    }

    @Test
    void divide_byZero() {
        assertEquals("quotient: division by zero", errorMessage(() -> DivisionPrims.quotient(1L, 0L)));
        assertEquals("modulo: division by zero", errorMessage(() -> DivisionPrims.modulo(1L, 0L)));
        assertEquals("remainder: division by zero", errorMessage(() -> DivisionPrims.remainder(1.0, 0.0)));
        assertEquals("floor/: division by zero", errorMessage(() -> DivisionPrims.floorDivide(1L, 0L)));
    }

    @Test
    void fx_rejectNonIntegers() {
        assertNum(Long.class, "3", DivisionPrims.fxquotient(7L, 2L));
        assertNum(Long.class, "-1", DivisionPrims.fxremainder(-7L, 2L));
        assertEquals("fxquotient: expected an exact integer, got",
                errorMessage(() -> DivisionPrims.fxquotient(7.0, 2L)));
    }

    @Test
    void gcd_lcm() {
        assertNum(Long.class, "0", DivisionPrims.gcd());
        assertNum(Long.class, "4", DivisionPrims.gcd(-4L));
        assertNum(Long.class, "6", DivisionPrims.gcd(12L, -18L, 30L));
        assertNum(Double.class, "2.0", DivisionPrims.gcd(4.0, 6L));
        assertNum(BigInteger.class, "9223372036854775808", DivisionPrims.gcd(Long.MIN_VALUE, 0L));
        assertNum(Long.class, "1", DivisionPrims.lcm());
        assertNum(Long.class, "12", DivisionPrims.lcm(4L, -6L));
        assertNum(Long.class, "0", DivisionPrims.lcm(4L, 0L));
        assertNum(BigInteger.class, "18446744073709551616", DivisionPrims.lcm(4294967296L, num("18446744073709551616")));
        assertEquals("gcd: expected an integer, got", errorMessage(() -> DivisionPrims.gcd(num("1/2"))));
    }
}
