package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.prims.Show.error;
import static org.termite.runtime.prims.Show.list;
import static org.termite.runtime.prims.Show.of;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

class ListPrimsTest {
    private static final Object ABC = list(Symbol.of("a"), Symbol.of("b"), Symbol.of("c"));

    private static Object circular() {
        Pair a = new Pair(1L, new Pair(2L, Nil.NIL));
        ((Pair) a.cdr).cdr = a;
        return a;
    }

    @Test
    void car_ofNonPair_namesProcedureAndValue() {
        assertEquals(1L, ListPrims.car(new Pair(1L, 2L)));
        assertEquals("(5)", Show.irritants(error("car: expected a pair, got", () -> ListPrims.car(5L))));
        error("cdr: expected a pair, got", () -> ListPrims.cdr(Nil.NIL));
        error("set-car!: expected a pair, got", () -> ListPrims.setCar(Nil.NIL, 1L));
    }

    @Test
    void cxr_composesRightToLeft() {
        Object x = list(list(1L, 2L), 3L, list(4L, list(5L)));
        assertEquals(1L, ListPrims.caar(x));
        assertEquals(3L, ListPrims.cadr(x));
        assertEquals("(2)", of(ListPrims.cdar(x)));
        assertEquals("(4 (5))", of(ListPrims.caddr(x)));
        assertEquals(4L, ListPrims.caaddr(x));
        assertEquals("((5))", of(ListPrims.cdaddr(x)));
        assertEquals("(5)", of(ListPrims.cadddr(list(0L, 1L, 2L, list(5L)))));
        assertEquals("(())", Show.irritants(error("caddr: expected a pair, got", () -> ListPrims.caddr(list(1L)))));
    }

    @Test
    void isList_rejectsDottedAndCircular() {
        assertTrue(ListPrims.isList(Nil.NIL));
        assertTrue(ListPrims.isList(ABC));
        assertFalse(ListPrims.isList(new Pair(1L, 2L)));
        assertFalse(ListPrims.isList(circular()));
    }

    @Test
    void length_ofImproperOrCircular_isAnError() {
        assertEquals(3L, ListPrims.length(ABC));
        error("length: expected a list, got", () -> ListPrims.length(new Pair(1L, 2L)));
        error("length: expected a list, got", () -> ListPrims.length(circular()));
        assertEquals(Boolean.FALSE, ListPrims.lengthPlus(circular()));
        assertEquals(1L, ListPrims.lengthPlus(new Pair(1L, 2L)));
    }

    @Test
    void append_sharesLastArgumentAndCopiesOthers() {
        Object first = list(1L, 2L);
        Object last = list(3L);
        Object r = ListPrims.append(first, Nil.NIL, last);
        assertEquals("(1 2 3)", of(r));
        assertSame(last, ((Pair) ((Pair) r).cdr).cdr);
        assertEquals("(1 2)", of(first));
        assertEquals("(1 . 5)", of(ListPrims.append(list(1L), 5L)));
        assertSame(Nil.NIL, ListPrims.append());
        assertEquals(7L, ListPrims.append(new Object[] {7L}));
        error("append: expected a list, got", () -> ListPrims.append(new Pair(1L, 2L), Nil.NIL));
        error("append: expected a list, got", () -> ListPrims.append(circular(), Nil.NIL));
    }

    @Test
    void appendInPlace_linksArguments() {
        Object a = list(1L);
        Object r = ListPrims.appendInPlace(Nil.NIL, a, Nil.NIL, list(2L, 3L));
        assertSame(a, r);
        assertEquals("(1 2 3)", of(a));
    }

    @Test
    void reverse_andReverseInPlace() {
        assertEquals("(c b a)", of(ListPrims.reverse(ABC)));
        assertEquals("(a b c)", of(ABC));
        assertEquals("(3 2 1)", of(ListPrims.reverseInPlace(list(1L, 2L, 3L))));
        error("reverse: expected a list, got", () -> ListPrims.reverse(new Pair(1L, 2L)));
    }

    @Test
    void listTailAndRef_checkRange() {
        assertEquals("(c)", of(ListPrims.listTail(ABC, 2L)));
        assertSame(Nil.NIL, ListPrims.listTail(ABC, 3L));
        assertEquals(Symbol.of("b"), ListPrims.listRef(ABC, 1L));
        error("list-tail: index out of range:", () -> ListPrims.listTail(ABC, 4L));
        error("list-ref: index out of range:", () -> ListPrims.listRef(ABC, 3L));
        error("list-ref: expected a non-negative exact integer, got", () -> ListPrims.listRef(ABC, -1L));
        Object l = list(1L, 2L);
        ListPrims.listSet(l, 1L, 9L);
        assertEquals("(1 9)", of(l));
    }

    @Test
    void listCopy_keepsImproperTail() {
        Object x = new Pair(1L, new Pair(2L, 3L));
        Object c = ListPrims.listCopy(x);
        assertEquals("(1 2 . 3)", of(c));
        assertFalse(c == x);
        assertEquals(5L, ListPrims.listCopy(5L));
    }

    @Test
    void memberAndAssoc_useTheirEquivalence() {
        Object strs = list(list(1L), 2.5, 3L);
        assertEquals(Boolean.FALSE, ListPrims.memq(list(1L), strs));
        assertEquals("((1) 2.5 3)", of(ListPrims.member(list(1L), strs)));
        assertEquals("(2.5 3)", of(ListPrims.memv(2.5, strs)));
        assertEquals("(3)", of(ListPrims.memq(3L, strs)));
        Object alist = list(new Pair(Symbol.of("a"), 1L), new Pair(list(2L), 2L));
        assertEquals("(a . 1)", of(ListPrims.assq(Symbol.of("a"), alist)));
        assertEquals("((2) . 2)", of(ListPrims.assoc(list(2L), alist)));
        assertEquals(Boolean.FALSE, ListPrims.assv(list(2L), alist));
        error("assq: expected an association list, got", () -> ListPrims.assq(1L, list(1L)));
        error("memq: expected a list, got", () -> ListPrims.memq(9L, new Pair(1L, 2L)));
    }

    @Test
    void memq_comparesLargeLongsByValue() {
        Object big = list(Long.valueOf(123456789012L));
        assertEquals("(123456789012)", of(ListPrims.memq(Long.valueOf(123456789012L), big)));
    }

    @Test
    void makeListAndConsStar() {
        assertEquals("(0 0)", of(ListPrims.makeList(2L)));
        assertEquals("(x x x)", of(ListPrims.makeList(3L, Symbol.of("x"))));
        assertEquals("(1 2 . 3)", of(ListPrims.consStar(1L, 2L, 3L)));
        assertEquals(1L, ListPrims.consStar(1L));
        error("make-list: expected a non-negative exact integer, got", () -> ListPrims.makeList(-1L));
    }

    @Test
    void iota_exactInexactAndRational() {
        assertEquals("(0 1 2 3 4)", of(ListPrims.iota(5L)));
        assertEquals("(1 3 5)", of(ListPrims.iota(3L, 1L, 2L)));
        assertEquals("(0.0 0.1 0.2)", of(ListPrims.iota(3L, 0.0, 0.1)));
        assertEquals("(0 1/2 1)", of(ListPrims.iota(3L, 0L, ListPrims.cadr(list(0L, ratHalf())))));
        assertEquals("(9223372036854775807 9223372036854775808)", of(ListPrims.iota(2L, Long.MAX_VALUE)));
        error("iota: expected a number, got", () -> ListPrims.iota(2L, Symbol.of("a")));
    }

    private static Object ratHalf() {
        return org.termite.runtime.num.Ratnum.make(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
    }

    @Test
    void firstToTenthAndLast() {
        Object l = ListPrims.iota(10L, 1L);
        assertEquals(1L, ListPrims.first(l));
        assertEquals(3L, ListPrims.third(l));
        assertEquals(10L, ListPrims.tenth(l));
        assertEquals(10L, ListPrims.last(l));
        assertEquals("(10)", of(ListPrims.lastPair(l)));
        error("third: list too short:", () -> ListPrims.third(list(1L)));
        error("first: expected a pair, got", () -> ListPrims.first(Nil.NIL));
        error("last: expected a pair, got", () -> ListPrims.last(Nil.NIL));
    }

    @Test
    void takeAndDrop() {
        Object l = list(1L, 2L, 3L, 4L);
        assertEquals("(1 2)", of(ListPrims.take(l, 2L)));
        assertEquals("(1 2 3)", of(ListPrims.listHead(l, 3L)));
        assertEquals("(3 4)", of(ListPrims.drop(l, 2L)));
        assertEquals("(3 4)", of(ListPrims.takeRight(l, 2L)));
        assertEquals("(1 2)", of(ListPrims.dropRight(l, 2L)));
        error("take: index out of range:", () -> ListPrims.take(l, 5L));
        error("list-head: index out of range:", () -> ListPrims.listHead(l, 5L));
    }

    @Test
    void concatenateAndDelete() {
        assertEquals("(1 2 3)", of(ListPrims.concatenate(list(list(1L), list(2L, 3L)))));
        Object l = list(1L, list(2L), 3L, list(2L));
        assertEquals("(1 3)", of(ListPrims.delete(list(2L), l)));
        assertEquals("(1 (2) 3 (2))", of(l));
        assertEquals("(3)", of(ListPrims.deleteInPlace(1L, list(1L, 1L, 3L, 1L))));
        assertEquals("(1 (2) 3)", of(ListPrims.deleteDuplicates(list(1L, list(2L), 1L, 3L, list(2L), 3L))));
        assertEquals("(1 1.0)", of(ListPrims.deleteDuplicates(list(1L, 1.0, 1L))));
    }

    @Test
    void equal_onMillionElementList_doesNotOverflow() {
        Object a = ListPrims.iota(1_000_000L);
        Object b = ListPrims.iota(1_000_000L);
        assertTrue(EquivalencePrims.isEqual(a, b));
        assertEquals(1_000_000L, ListPrims.length(a));
        assertEquals(999_999L, ListPrims.car(ListPrims.reverse(a)));
    }
}
