package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.prims.Show.list;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

class EquivalenceGraphTest {
    /** A list of the given elements whose last pair points back to its first. */
    private static Pair cycle(Object... xs) {
        Pair head = (Pair) list(xs);
        Pair last = head;
        while (last.cdr instanceof Pair p) {
            last = p;
        }
        last.cdr = head;
        return head;
    }

    @Test
    void equal_terminatesOnCircularLists() {
        assertTrue(EquivalencePrims.isEqual(cycle(1L, 2L), cycle(1L, 2L)));
        assertTrue(EquivalencePrims.isEqual(cycle(1L, 2L), cycle(1L, 2L, 1L, 2L)));
        assertFalse(EquivalencePrims.isEqual(cycle(1L, 2L), cycle(1L, 3L)));
        assertFalse(EquivalencePrims.isEqual(cycle(1L, 2L), list(1L, 2L)));
    }

    @Test
    void equal_terminatesOnCircularVectorsAndCars() {
        Object[] v = {1L, null};
        v[1] = v;
        Object[] w = {1L, null};
        w[1] = w;
        assertTrue(EquivalencePrims.isEqual(v, w));
        Pair p = new Pair(null, Nil.NIL);
        p.car = p;
        Pair q = new Pair(null, Nil.NIL);
        q.car = q;
        assertTrue(EquivalencePrims.isEqual(p, q));
        assertFalse(EquivalencePrims.isEqual(p, new Pair(new Pair(MString.of("x"), Nil.NIL), Nil.NIL)));
    }

    @Test
    void equal_handlesDeepCarNestingAndLongLists() {
        Object a = Nil.NIL;
        Object b = Nil.NIL;
        for (int i = 0; i < 1_000_000; i++) {
            a = new Pair(a, Nil.NIL);
            b = new Pair(b, Nil.NIL);
        }
        assertTrue(EquivalencePrims.isEqual(a, b));
        Object long1 = Nil.NIL;
        Object long2 = Nil.NIL;
        for (long i = 0; i < 1_000_000; i++) {
            long1 = new Pair(i, long1);
            long2 = new Pair(i == 0 ? 99L : i, long2);
        }
        assertFalse(EquivalencePrims.isEqual(long1, long2));
    }
}
