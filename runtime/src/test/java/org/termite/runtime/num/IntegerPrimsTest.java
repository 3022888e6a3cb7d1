package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.num.Checks.assertNum;
import static org.termite.runtime.num.Checks.errorMessage;
import static org.termite.runtime.num.Checks.num;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class IntegerPrimsTest {
    @Test
    void bitwise_longsAndBignums() {
        assertNum(Long.class, "-1", IntegerPrims.bitwiseAnd());
        assertNum(Long.class, "8", IntegerPrims.bitwiseAnd(12L, 10L));
        assertNum(Long.class, "14", IntegerPrims.bitwiseIor(12L, 10L));
        assertNum(Long.class, "6", IntegerPrims.bitwiseXor(12L, 10L));
        assertNum(Long.class, "-13", IntegerPrims.bitwiseNot(12L));
        assertNum(Long.class, "1", IntegerPrims.bitwiseAnd(num("18446744073709551617"), 3L));
        assertNum(BigInteger.class, "18446744073709551619", IntegerPrims.bitwiseIor(num("18446744073709551617"), 3L));
        assertNum(BigInteger.class, "-18446744073709551618", IntegerPrims.bitwiseNot(num("18446744073709551617")));
        assertEquals("bitwise-and: expected an exact integer, got",
                errorMessage(() -> IntegerPrims.bitwiseAnd(1L, 1.0)));
    }

    @Test
    void arithmeticShift_bothDirections() {
        assertNum(Long.class, "1024", IntegerPrims.arithmeticShift(1L, 10L));
        assertNum(Long.class, "-3", IntegerPrims.arithmeticShift(-5L, -1L));
        assertNum(Long.class, "-1", IntegerPrims.arithmeticShift(-5L, -100L));
        assertNum(Long.class, "0", IntegerPrims.arithmeticShift(5L, -64L));
        assertNum(BigInteger.class, "9223372036854775808", IntegerPrims.arithmeticShift(1L, 63L));
        assertNum(BigInteger.class, "-18446744073709551616", IntegerPrims.arithmeticShift(-1L, 64L));
        assertNum(Long.class, "1", IntegerPrims.arithmeticShift(num("18446744073709551616"), -64L));
        assertNum(Long.class, "0", IntegerPrims.arithmeticShift(0L, num("100000000000000000000")));
        assertEquals("arithmetic-shift: result too large",
                errorMessage(() -> IntegerPrims.arithmeticShift(1L, 1L << 40)));
        assertEquals("arithmetic-shift: expected an exact integer, got",
                errorMessage(() -> IntegerPrims.arithmeticShift(1L, 1.0)));
    }

    @Test
    void bitCount_countsOnesOrZeros() {
        assertNum(Long.class, "3", IntegerPrims.bitCount(7L));
        assertNum(Long.class, "0", IntegerPrims.bitCount(-1L));
        assertNum(Long.class, "1", IntegerPrims.bitCount(-2L));
        assertNum(Long.class, "2", IntegerPrims.bitCount(num("18446744073709551617")));
    }

    @Test
    void random_inRange() {
        for (int i = 0; i < 200; i++) {
            long r = (Long) IntegerPrims.randomInteger(10L);
            assertTrue(r >= 0 && r < 10);
            Object b = IntegerPrims.randomInteger(num("100000000000000000000"));
            assertTrue(NumberPrims.lt(b, num("100000000000000000000")) && NumberPrims.ge(b, 0L));
            double d = (Double) IntegerPrims.randomReal();
            assertTrue(d > 0 && d < 1);
        }
        assertEquals("random-integer: expected a positive exact integer, got",
                errorMessage(() -> IntegerPrims.randomInteger(0L)));
    }

    @Test
    void fixnumAliases_exactIntegersOnly() {
        assertNum(Long.class, "5", IntegerPrims.fxAdd(2L, 3L));
        assertNum(BigInteger.class, "9223372036854775808", IntegerPrims.fxAdd(Long.MAX_VALUE, 1L));
        assertNum(Long.class, "-1", IntegerPrims.fxSub(2L, 3L));
        assertNum(Long.class, "-2", IntegerPrims.fxNegate(2L));
        assertNum(Long.class, "6", IntegerPrims.fxMul(2L, 3L));
        assertTrue(IntegerPrims.fxLt(2L, 3L));
        assertTrue(IntegerPrims.fxLe(3L, 3L));
        assertFalse(IntegerPrims.fxGt(2L, 3L));
        assertTrue(IntegerPrims.fxGe(num("100000000000000000000"), 3L));
        assertTrue(IntegerPrims.fxEq(3L, 3L));
        assertEquals("fx+: expected an exact integer, got", errorMessage(() -> IntegerPrims.fxAdd(2L, 1.0)));
        assertEquals("fx<: expected an exact integer, got", errorMessage(() -> IntegerPrims.fxLt(num("1/2"), 1L)));
    }
}
