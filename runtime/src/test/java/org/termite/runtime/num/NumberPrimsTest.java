package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.num.Checks.assertNum;
import static org.termite.runtime.num.Checks.errorMessage;
import static org.termite.runtime.num.Checks.num;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Symbol;

class NumberPrimsTest {
    @Test
    void add_longsAndOverflow() {
        assertNum(Long.class, "5", NumberPrims.add(2L, 3L));
        assertNum(BigInteger.class, "9223372036854775808", NumberPrims.add(Long.MAX_VALUE, 1L));
        assertNum(BigInteger.class, "-18446744073709551616", NumberPrims.add(Long.MIN_VALUE, Long.MIN_VALUE));
        assertNum(Long.class, "9223372036854775807", NumberPrims.add(num("9223372036854775808"), -1L));
    }

    @Test
    void add_rationalsNormalizeToIntegers() {
        assertNum(Long.class, "1", NumberPrims.add(num("1/3"), num("2/3")));
        assertNum(Ratnum.class, "5/6", NumberPrims.add(num("1/2"), num("1/3")));
        assertNum(Ratnum.class, "7/2", NumberPrims.add(3L, num("1/2")));
    }

    @Test
    void add_exactnessContagion() {
        assertNum(Double.class, "3.5", NumberPrims.add(3L, 0.5));
        assertNum(Double.class, "0.75", NumberPrims.add(num("1/4"), 0.5));
        assertNum(Double.class, "1e20", NumberPrims.add(num("100000000000000000000"), 0.0));
    }

    @Test
    void add_variadicAndZeroArguments() {
        assertNum(Long.class, "0", NumberPrims.add());
        assertNum(Long.class, "7", NumberPrims.add(7L));
        assertNum(Double.class, "6.5", NumberPrims.add(1L, 2L, 3.5));
        assertEquals("+: expected a number, got", errorMessage(() -> NumberPrims.add(1L, Symbol.of("a"))));
        assertEquals("+: expected a number, got", errorMessage(() -> NumberPrims.add("x")));
    }

    @Test
    void sub_overflowAndNegation() {
        assertNum(BigInteger.class, "-9223372036854775809", NumberPrims.sub(Long.MIN_VALUE, 1L));
        assertNum(BigInteger.class, "9223372036854775808", NumberPrims.sub(Long.MIN_VALUE));
        assertNum(Long.class, "-5", NumberPrims.sub(5L));
        assertNum(Ratnum.class, "-1/2", NumberPrims.sub(num("1/2")));
        assertNum(Long.class, "4", NumberPrims.sub(10L, 1L, 2L, 3L));
        assertNum(Double.class, "-0.0", NumberPrims.sub(0.0));
        assertEquals("-: expected a number, got", errorMessage(() -> NumberPrims.sub(Boolean.TRUE)));
    }

    @Test
    void mul_overflowToBignum() {
        assertNum(BigInteger.class, "18446744073709551616", NumberPrims.mul(4294967296L, 4294967296L));
        assertNum(Long.class, "-9223372036854775808", NumberPrims.mul(-4294967296L, 2147483648L));
        assertNum(BigInteger.class, "9223372036854775808", NumberPrims.mul(Long.MIN_VALUE, -1L));
        assertNum(Long.class, "6", NumberPrims.mul(num("3/2"), 4L));
        assertNum(Long.class, "1", NumberPrims.mul());
        assertNum(Long.class, "24", NumberPrims.mul(1L, 2L, 3L, 4L));
        assertNum(Double.class, "3.0", NumberPrims.mul(2L, 1.5));
    }

    @Test
    void div_exactResults() {
        assertNum(Ratnum.class, "3/2", NumberPrims.div(6L, 4L));
        assertNum(Long.class, "2", NumberPrims.div(6L, 3L));
        assertNum(Ratnum.class, "-1/2", NumberPrims.div(3L, -6L));
        assertNum(Ratnum.class, "1/4", NumberPrims.div(4L));
        assertNum(BigInteger.class, "9223372036854775808", NumberPrims.div(Long.MIN_VALUE, -1L));
        assertNum(Ratnum.class, "1/6", NumberPrims.div(1L, 2L, 3L));
    }

    @Test
    void div_byZero() {
        assertEquals("/: division by zero", errorMessage(() -> NumberPrims.div(1L, 0L)));
        assertEquals("/: division by zero", errorMessage(() -> NumberPrims.div(0L)));
        assertEquals("/: division by zero", errorMessage(() -> NumberPrims.div(1.5, 0L)));
        assertNum(Double.class, "+inf.0", NumberPrims.div(1.0, 0.0));
        assertNum(Double.class, "-inf.0", NumberPrims.div(-1L, 0.0));
        assertNum(Double.class, "+nan.0", NumberPrims.div(0.0, 0.0));
    }

    @Test
    void inc_dec_overflow() {
        assertNum(Long.class, "6", NumberPrims.inc(5L));
        assertNum(BigInteger.class, "9223372036854775808", NumberPrims.inc(Long.MAX_VALUE));
        assertNum(BigInteger.class, "-9223372036854775809", NumberPrims.dec(Long.MIN_VALUE));
        assertNum(Double.class, "0.5", NumberPrims.dec(1.5));
        assertEquals("1+: expected a number, got", errorMessage(() -> NumberPrims.inc(Symbol.of("x"))));
    }

    @Test
    void compare_mixedTypes() {
        assertTrue(NumberPrims.numEq(1L, 1.0));
        assertTrue(NumberPrims.numEq(num("1/2"), 0.5));
        assertFalse(NumberPrims.numEq(num("1/3"), 1.0 / 3));
        assertTrue(NumberPrims.lt(num("1/3"), 0.34));
        assertTrue(NumberPrims.lt(1L, 2L));
        assertTrue(NumberPrims.ge(2L, 2L));
        assertTrue(NumberPrims.gt(num("100000000000000000000"), Long.MAX_VALUE));
        assertTrue(NumberPrims.le(-0.0, 0L));
    }

    @Test
    void compare_bignumWithDoubleIsExact() {
        // 2^63 is exactly 9223372036854775808.0, so 2^63 + 1 is larger though it converts to the same double.
        Object twoTo63Plus1 = num("9223372036854775809");
        assertTrue(NumberPrims.gt(twoTo63Plus1, 9.223372036854775808e18));
        assertFalse(NumberPrims.numEq(twoTo63Plus1, 9.223372036854775808e18));
        assertTrue(NumberPrims.numEq(num("9223372036854775808"), 9.223372036854775808e18));
        assertTrue(NumberPrims.lt(9007199254740993L, 9007199254740994.0));
        assertFalse(NumberPrims.numEq(9007199254740993L, 9007199254740992.0));
        assertTrue(NumberPrims.lt(num("1" + "0".repeat(400)), Double.POSITIVE_INFINITY));
        assertTrue(NumberPrims.gt(num("1" + "0".repeat(400)), Double.MAX_VALUE));
    }

    @Test
    void compare_nanIsUnordered() {
        assertFalse(NumberPrims.numEq(Double.NaN, Double.NaN));
        assertFalse(NumberPrims.lt(Double.NaN, 1L));
        assertFalse(NumberPrims.ge(1L, Double.NaN));
        assertFalse(NumberPrims.le(Double.NaN, Double.NaN));
    }

    @Test
    void compare_variadic() {
        assertTrue(NumberPrims.lt(1L, new Object[] {2L, 3.5, num("7/2") }) == false);
        assertTrue(NumberPrims.lt(1L, new Object[] {2L, 3.5, 4L}));
        assertTrue(NumberPrims.numEq(2L, new Object[] {2.0, num("4/2")}));
        assertTrue(NumberPrims.le(1L, new Object[] {1L, 2L}));
        assertTrue(NumberPrims.ge(5L, new Object[] {}));
        assertTrue(NumberPrims.gt(3L, new Object[] {2L, 1L}));
        assertEquals("<: expected a number, got",
                errorMessage(() -> NumberPrims.lt(3L, new Object[] {1L, Symbol.of("a")})));
        assertEquals("=: expected a number, got", errorMessage(() -> NumberPrims.numEq("x", new Object[] {})));
        assertEquals("<: expected a number, got", errorMessage(() -> NumberPrims.lt(1L, "x")));
    }
}
