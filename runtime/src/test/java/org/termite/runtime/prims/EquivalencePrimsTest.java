package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.prims.Show.error;
import static org.termite.runtime.prims.Show.list;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.num.Ratnum;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;

class EquivalencePrimsTest {
    @Test
    void eq_comparesLongsAndCharsByValue() {
        assertTrue(EquivalencePrims.isEq(Long.valueOf(1L << 40), Long.valueOf(1L << 40)));
        assertTrue(EquivalencePrims.isEq(SChar.of(0x1F600), SChar.of(0x1F600)));
        assertTrue(EquivalencePrims.isEq(Symbol.of("a"), Symbol.of("a")));
        assertFalse(EquivalencePrims.isEq(MString.of("a"), MString.of("a")));
        assertFalse(EquivalencePrims.isEq(1L, 1.0));
    }

    @Test
    void eqv_numbersByValueAndExactness() {
        assertTrue(EquivalencePrims.isEqv(new BigInteger("123456789012345678901"),
                new BigInteger("123456789012345678901")));
        assertTrue(EquivalencePrims.isEqv(half(), half()));
        assertTrue(EquivalencePrims.isEqv(Double.NaN, Double.NaN));
        assertTrue(EquivalencePrims.isEqv(1.5, 1.5));
        assertFalse(EquivalencePrims.isEqv(0.0, -0.0));
        assertFalse(EquivalencePrims.isEqv(1L, 1.0));
        assertFalse(EquivalencePrims.isEqv(list(1L), list(1L)));
    }

    private static Object half() {
        return Ratnum.make(BigInteger.ONE, BigInteger.TWO);
    }

    @Test
    void equal_recursesIntoStructures() {
        Object a = list(1L, new Object[] {MString.of("x"), new byte[] {1, 2}}, new Pair(2L, 3L));
        Object b = list(1L, new Object[] {MString.of("x"), new byte[] {1, 2}}, new Pair(2L, 3L));
        assertTrue(EquivalencePrims.isEqual(a, b));
        assertFalse(EquivalencePrims.isEqual(a, list(1L)));
        assertFalse(EquivalencePrims.isEqual(list(1L), list(1.0)));
        assertFalse(EquivalencePrims.isEqual(new Object[] {1L}, new Object[] {1L, 2L}));
        assertFalse(EquivalencePrims.isEqual(MString.of("x"), Symbol.of("x")));
    }

    @Test
    void booleans() {
        assertTrue(EquivalencePrims.not(Boolean.FALSE));
        assertFalse(EquivalencePrims.not(list()));
        assertTrue(EquivalencePrims.isBoolean(Boolean.TRUE));
        assertFalse(EquivalencePrims.isBoolean(0L));
        assertTrue(EquivalencePrims.booleanEquals(Boolean.TRUE, Boolean.TRUE, Boolean.TRUE));
        assertFalse(EquivalencePrims.booleanEquals(Boolean.TRUE, Boolean.TRUE, Boolean.FALSE));
        assertFalse(EquivalencePrims.booleanEquals(Boolean.FALSE, Boolean.TRUE));
        error("boolean=?: expected a boolean, got", () -> EquivalencePrims.booleanEquals(Boolean.TRUE, 1L));
    }
}
