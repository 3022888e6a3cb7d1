package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.termite.runtime.num.Checks.assertNum;
import static org.termite.runtime.num.Checks.errorMessage;
import static org.termite.runtime.num.Checks.num;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Symbol;

class RealPrimsTest {
    @Test
    void abs_allTypes() {
        assertNum(Long.class, "5", RealPrims.abs(-5L));
        assertNum(BigInteger.class, "9223372036854775808", RealPrims.abs(Long.MIN_VALUE));
        assertNum(Ratnum.class, "1/2", RealPrims.abs(num("-1/2")));
        assertNum(Double.class, "0.0", RealPrims.abs(-0.0));
        assertEquals("abs: expected a number, got", errorMessage(() -> RealPrims.abs(Symbol.of("a"))));
    }

    @Test
    void maxMin_contagion() {
        assertNum(Double.class, "2.0", RealPrims.max(1L, 2.0));
        assertNum(Double.class, "2.0", RealPrims.max(2L, 1.0));
        assertNum(Long.class, "3", RealPrims.max(1L, new Object[] {3L, num("5/2")}));
        assertNum(Double.class, "1.0", RealPrims.min(1L, new Object[] {3.0, 2L}));
        assertNum(Ratnum.class, "1/3", RealPrims.min(num("1/2"), num("1/3")));
        assertNum(Long.class, "7", RealPrims.max(7L, new Object[] {}));
        assertNum(Double.class, "+nan.0", RealPrims.max(1L, Double.NaN));
        assertEquals("max: expected a number, got", errorMessage(() -> RealPrims.max(1L, "x")));
        assertEquals("min: expected a number, got", errorMessage(() -> RealPrims.min("x", new Object[] {})));
    }

    @Test
    void numeratorDenominator() {
        assertNum(Long.class, "3", RealPrims.numerator(num("6/4")));
        assertNum(Long.class, "2", RealPrims.denominator(num("6/4")));
        assertNum(Long.class, "5", RealPrims.numerator(5L));
        assertNum(Long.class, "1", RealPrims.denominator(5L));
        assertNum(Double.class, "3.0", RealPrims.numerator(0.75));
        assertNum(Double.class, "4.0", RealPrims.denominator(0.75));
        assertEquals("numerator: no exact representation for",
                errorMessage(() -> RealPrims.numerator(Double.POSITIVE_INFINITY)));
    }

    @Test
    void rounding_flonums() {
        assertNum(Double.class, "2.0", RealPrims.round(2.5));
        assertNum(Double.class, "4.0", RealPrims.round(3.5));
        assertNum(Double.class, "-2.0", RealPrims.round(-2.5));
        assertNum(Double.class, "-2.0", RealPrims.truncate(-2.7));
        assertNum(Double.class, "-3.0", RealPrims.floor(-2.7));
        assertNum(Double.class, "-2.0", RealPrims.ceiling(-2.7));
        assertNum(Double.class, "1e20", RealPrims.floor(1e20));
        assertNum(BigInteger.class, "100000000000000000000", Num.exact(RealPrims.floor(1e20), "exact"));
    }

    @Test
    void rounding_rationals() {
        assertNum(Long.class, "2", RealPrims.round(num("5/2")));
        assertNum(Long.class, "4", RealPrims.round(num("7/2")));
        assertNum(Long.class, "-2", RealPrims.round(num("-5/2")));
        assertNum(Long.class, "3", RealPrims.round(num("8/3")));
        assertNum(Long.class, "-3", RealPrims.floor(num("-5/2")));
        assertNum(Long.class, "-2", RealPrims.ceiling(num("-5/2")));
        assertNum(Long.class, "-2", RealPrims.truncate(num("-5/2")));
        assertNum(Long.class, "3", RealPrims.ceiling(num("5/2")));
        assertNum(Long.class, "7", RealPrims.round(7L));
        assertEquals("round: expected a real number, got", errorMessage(() -> RealPrims.round("x")));
    }

    @Test
    void rationalize_simplest() {
        assertNum(Ratnum.class, "1/3", RealPrims.rationalize(num("3/10"), num("1/10")));
        assertNum(Double.class, "0.3333333333333333", RealPrims.rationalize(0.3, num("1/10")));
        assertNum(Long.class, "0", RealPrims.rationalize(num("1/10"), num("1/5")));
        assertNum(Ratnum.class, "-1/3", RealPrims.rationalize(num("-3/10"), num("1/10")));
        assertNum(Long.class, "2", RealPrims.rationalize(num("5/2"), num("1/2")));
        assertNum(Double.class, "0.0", RealPrims.rationalize(3L, Double.POSITIVE_INFINITY));
        assertNum(Double.class, "+inf.0", RealPrims.rationalize(Double.POSITIVE_INFINITY, 3L));
    }
}
