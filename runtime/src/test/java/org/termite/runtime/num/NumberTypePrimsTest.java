package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.num.Checks.assertNum;
import static org.termite.runtime.num.Checks.errorMessage;
import static org.termite.runtime.num.Checks.num;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Symbol;

class NumberTypePrimsTest {
    @Test
    void typePredicates() {
        assertTrue(NumberTypePrims.isNumber(num("1/2")));
        assertFalse(NumberTypePrims.isNumber(MString.of("1")));
        assertTrue(NumberTypePrims.isInteger(2.0));
        assertFalse(NumberTypePrims.isInteger(2.5));
        assertFalse(NumberTypePrims.isInteger(Double.POSITIVE_INFINITY));
        assertFalse(NumberTypePrims.isExactInteger(2.0));
        assertTrue(NumberTypePrims.isExactInteger(num("100000000000000000000")));
        assertTrue(NumberTypePrims.isRational(0.5));
        assertFalse(NumberTypePrims.isRational(Double.NaN));
        assertTrue(NumberTypePrims.isExactRational(num("1/3")));
        assertFalse(NumberTypePrims.isExactRational(0.5));
        assertTrue(NumberTypePrims.isExactNonnegativeInteger(0L));
        assertFalse(NumberTypePrims.isExactNonnegativeInteger(-1L));
        assertFalse(NumberTypePrims.isExactNonnegativeInteger(Symbol.of("a")));
    }

    @Test
    void exactnessPredicates() {
        assertTrue(NumberTypePrims.isExact(num("1/2")));
        assertTrue(NumberTypePrims.isInexact(1.0));
        assertTrue(NumberTypePrims.isNan(Double.NaN));
        assertFalse(NumberTypePrims.isNan(1L));
        assertTrue(NumberTypePrims.isInfinite(Double.NEGATIVE_INFINITY));
        assertTrue(NumberTypePrims.isFinite(num("100000000000000000000")));
        assertFalse(NumberTypePrims.isFinite(Double.NaN));
        assertEquals("exact?: expected a number, got", errorMessage(() -> NumberTypePrims.isExact("x")));
        assertEquals("nan?: expected a number, got", errorMessage(() -> NumberTypePrims.isNan("x")));
    }

    @Test
    void signPredicates() {
        assertTrue(NumberTypePrims.isZero(0L));
        assertTrue(NumberTypePrims.isZero(-0.0));
        assertFalse(NumberTypePrims.isZero(num("1/2")));
        assertTrue(NumberTypePrims.isPositive(num("1/2")));
        assertTrue(NumberTypePrims.isNegative(num("-100000000000000000000")));
        assertFalse(NumberTypePrims.isPositive(Double.NaN));
        assertFalse(NumberTypePrims.isNegative(-0.0));
        assertEquals("zero?: expected a number, got", errorMessage(() -> NumberTypePrims.isZero("x")));
    }

    @Test
    void parity() {
        assertTrue(NumberTypePrims.isOdd(-7L));
        assertTrue(NumberTypePrims.isEven(0L));
        assertTrue(NumberTypePrims.isEven(2.0));
        assertTrue(NumberTypePrims.isOdd(-3.0));
        assertTrue(NumberTypePrims.isOdd(num("100000000000000000001")));
        assertEquals("odd?: expected an integer, got", errorMessage(() -> NumberTypePrims.isOdd(1.5)));
        assertEquals("even?: expected an integer, got", errorMessage(() -> NumberTypePrims.isEven(num("1/2"))));
    }

    @Test
    void exactInexact() {
        assertNum(Ratnum.class, "5/2", NumberTypePrims.exact(2.5));
        assertNum(Long.class, "3", NumberTypePrims.exact(3.0));
        assertNum(Ratnum.class, "3602879701896397/36028797018963968", NumberTypePrims.exact(0.1));
        assertNum(BigInteger.class, "100000000000000000000", NumberTypePrims.exact(1e20));
        assertNum(Long.class, "-4611686018427387904", NumberTypePrims.exact(-0x1p62));
        assertNum(Ratnum.class, "1/" + BigInteger.TWO.pow(1074), NumberTypePrims.exact(Double.MIN_VALUE));
        assertNum(Ratnum.class, "1/2", NumberTypePrims.exact(num("1/2")));
        assertEquals("exact: no exact representation for",
                errorMessage(() -> NumberTypePrims.exact(Double.NaN)));
        assertEquals("exact: no exact representation for",
                errorMessage(() -> NumberTypePrims.exact(Double.NEGATIVE_INFINITY)));
        assertNum(Double.class, "1.2345678901234567e19", NumberTypePrims.inexact(num("12345678901234567890")));
        assertNum(Double.class, "0.25", NumberTypePrims.inexact(num("1/4")));
        assertNum(Double.class, "7.0", NumberTypePrims.inexact(7L));
        assertEquals("inexact: expected a number, got", errorMessage(() -> NumberTypePrims.inexact("x")));
    }

    @Test
    void numberToString_radixes() {
        assertEquals(MString.of("11111111"), NumberTypePrims.numberToString(255L, 2L));
        assertEquals(MString.of("1.5"), NumberTypePrims.numberToString(1.5));
        assertEquals(MString.of("-7/2"), NumberTypePrims.numberToString(num("-7/2")));
        assertEquals("number->string: expected a radix between 2 and 36, got",
                errorMessage(() -> NumberTypePrims.numberToString(1L, 1L)));
        assertEquals("number->string: expected a number, got",
                errorMessage(() -> NumberTypePrims.numberToString(MString.of("1"))));
    }

    @Test
    void stringToNumber_parsesOrFalse() {
        assertNum(Long.class, "255", NumberTypePrims.stringToNumber(MString.of("#xff")));
        assertNum(Double.class, "1000.0", NumberTypePrims.stringToNumber(MString.of("1e3")));
        assertNum(Long.class, "255", NumberTypePrims.stringToNumber(MString.of("ff"), 16L));
        assertEquals(Boolean.FALSE, NumberTypePrims.stringToNumber(MString.of("abc")));
        assertEquals(Boolean.FALSE, NumberTypePrims.stringToNumber(MString.of("12"), 2L));
        assertEquals("string->number: expected a string, got",
                errorMessage(() -> NumberTypePrims.stringToNumber(12L)));
    }
}
