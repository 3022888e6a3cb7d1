package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.SchemeError;

class UnboxedFixnumsTest {
    @Test
    void vectorSetAndRef_byALongIndex() {
        Object[] v = new Object[3];
        UnboxedFixnums.vectorSetFixnum(v, 2, 1_000_000);
        UnboxedFixnums.vectorSet(v, 0, "x");
        assertEquals(1_000_000L, UnboxedFixnums.vectorRef(v, 2));
        assertEquals("x", UnboxedFixnums.vectorRef(v, 0));
    }

    @Test
    void vectorRef_outOfRangeOrNotAVector_isTheAccessorsError() {
        Object[] v = new Object[3];
        SchemeError low = assertThrows(SchemeError.class, () -> UnboxedFixnums.vectorRef(v, -1));
        assertTrue(low.getMessage().contains("vector-ref: index out of range"), low.getMessage());
        SchemeError high = assertThrows(SchemeError.class, () -> UnboxedFixnums.vectorSet(v, 1L << 40, 0L));
        assertTrue(high.getMessage().contains("vector-set!: index out of range"), high.getMessage());
        SchemeError type = assertThrows(SchemeError.class, () -> UnboxedFixnums.vectorRef("abc", 0));
        assertTrue(type.getMessage().contains("vector-ref"), type.getMessage());
    }
}
