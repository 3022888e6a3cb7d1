package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.prims.Show.error;
import static org.termite.runtime.prims.Show.list;
import static org.termite.runtime.prims.Show.of;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Symbol;

class VectorPrimsTest {
    private static Object[] v(Object... xs) {
        return xs;
    }

    @Test
    void makeVector_defaultsToZero() {
        assertEquals("#(0 0 0)", of(VectorPrims.makeVector(3L)));
        assertEquals("#(a a)", of(VectorPrims.makeVector(2L, Symbol.of("a"))));
        assertEquals("#()", of(VectorPrims.makeVector(0L)));
        error("make-vector: expected a non-negative exact integer, got", () -> VectorPrims.makeVector(-1L));
        error("make-vector: length too large:", () -> VectorPrims.makeVector(BigInteger.TEN.pow(30)));
    }

    @Test
    void vector_copiesItsArguments() {
        Object[] args = {1L, 2L};
        Object r = VectorPrims.vector(args);
        assertNotSame(args, r);
        assertEquals("#(1 2)", of(r));
        assertTrue(VectorPrims.isVector(r));
        assertFalse(VectorPrims.isVector(list(1L)));
    }

    @Test
    void refAndSet_checkIndex() {
        Object[] a = v(1L, 2L, 3L);
        assertEquals(2L, VectorPrims.vectorRef(a, 1L));
        VectorPrims.vectorSet(a, 0L, 9L);
        assertEquals("#(9 2 3)", of(a));
        assertEquals(3L, VectorPrims.vectorLength(a));
        assertEquals("(3 #(9 2 3))",
                Show.irritants(error("vector-ref: index out of range:", () -> VectorPrims.vectorRef(a, 3L))));
        error("vector-ref: index out of range:", () -> VectorPrims.vectorRef(a, -1L));
        error("vector-ref: expected an exact integer, got", () -> VectorPrims.vectorRef(a, 1.0));
        error("vector-set!: expected a vector, got", () -> VectorPrims.vectorSet(list(1L), 0L, 1L));
        error("vector-length: expected a vector, got", () -> VectorPrims.vectorLength("x"));
    }

    @Test
    void toListAndBack_withRanges() {
        Object[] a = v(1L, 2L, 3L, 4L);
        assertEquals("(1 2 3 4)", of(VectorPrims.toList(a)));
        assertEquals("(3 4)", of(VectorPrims.toList(a, 2L)));
        assertEquals("(2 3)", of(VectorPrims.toList(a, 1L, 3L)));
        assertEquals("#(1 2)", of(VectorPrims.fromList(list(1L, 2L))));
        error("vector->list: index out of range:", () -> VectorPrims.toList(a, 3L, 2L));
        error("list->vector: expected a list, got", () -> VectorPrims.fromList(5L));
    }

    @Test
    void fill_withAndWithoutRange() {
        Object[] a = v(1L, 2L, 3L, 4L);
        VectorPrims.fill(a, 0L, 1L, 3L);
        assertEquals("#(1 0 0 4)", of(a));
        VectorPrims.fill(a, 7L, 3L);
        assertEquals("#(1 0 0 7)", of(a));
        VectorPrims.fill(a, 5L);
        assertEquals("#(5 5 5 5)", of(a));
    }

    @Test
    void copyAndSubvector() {
        Object[] a = v(1L, 2L, 3L);
        Object c = VectorPrims.copy(a);
        assertNotSame(a, c);
        assertEquals("#(1 2 3)", of(c));
        assertEquals("#(2 3)", of(VectorPrims.copy(a, 1L)));
        assertEquals("#(2)", of(VectorPrims.subvector(a, 1L, 2L)));
        error("subvector: index out of range:", () -> VectorPrims.subvector(a, 1L, 4L));
    }

    @Test
    void copyInto_handlesOverlap() {
        Object[] a = v(1L, 2L, 3L, 4L, 5L);
        VectorPrims.copyInto(a, 1L, a, 0L, 3L);
        assertEquals("#(1 1 2 3 5)", of(a));
        Object[] b = v(1L, 2L, 3L, 4L, 5L);
        VectorPrims.copyInto(b, 0L, b, 2L);
        assertEquals("#(3 4 5 4 5)", of(b));
        Object[] c = v(0L, 0L);
        error("vector-copy!: index out of range:", () -> VectorPrims.copyInto(c, 1L, v(1L, 2L)));
    }

    @Test
    void appendAndGrow() {
        assertEquals("#(1 2 3)", of(VectorPrims.append(v(1L), v(), v(2L, 3L))));
        assertEquals("#()", of(VectorPrims.append()));
        assertEquals("#(1 0 0)", of(VectorPrims.grow(v(1L), 3L)));
        error("vector-append: expected a vector, got", () -> VectorPrims.append(v(1L), list(2L)));
        error("vector-grow: index out of range:", () -> VectorPrims.grow(v(1L, 2L), 1L));
    }
}
