package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.Symbol;

/** Datum labels: write labels cycles only, write-shared all sharing, write-simple none. */
class PrinterLabelsTest {
    private static String shared(Object x) {
        StringBuilder sb = new StringBuilder();
        Printer.printShared(x, true, sb);
        return sb.toString();
    }

    private static String simple(Object x) {
        StringBuilder sb = new StringBuilder();
        Printer.printSimple(x, true, sb);
        return sb.toString();
    }

    private static Pair circular(Object... elements) {
        Pair head = (Pair) Pair.list(elements);
        Pair last = head;
        while (last.cdr instanceof Pair p) {
            last = p;
        }
        last.cdr = head;
        return head;
    }

    @Test
    void write_circularList() {
        assertEquals("#0=(1 2 . #0#)", Printer.toWriteString(circular(1L, 2L)));
        assertEquals("#0=(1 . #0#)", Printer.toWriteString(circular(1L)));
    }

    @Test
    void display_circularListUsesLabels() {
        assertEquals("#0=(a . #0#)", Printer.toDisplayString(circular(org.termite.runtime.value.MString.of("a"))));
    }

    @Test
    void write_carCycle() {
        Pair p = new Pair(Nil.NIL, Nil.NIL);
        p.car = p;
        assertEquals("#0=(#0#)", Printer.toWriteString(p));
    }

    @Test
    void write_cycleInsideList() {
        Pair c = circular(Symbol.of("x"));
        assertEquals("(a #0=(x . #0#) b)", Printer.toWriteString(Pair.list(Symbol.of("a"), c, Symbol.of("b"))));
    }

    @Test
    void write_labelsNumberedInOrderOfOutput() {
        Pair c1 = circular(1L);
        Pair c2 = circular(2L);
        assertEquals("(#0=(1 . #0#) #1=(2 . #1#))", Printer.toWriteString(Pair.list(c1, c2)));
    }

    @Test
    void write_sharedCycleIsReferencedTheSecondTime() {
        Pair c = circular(1L);
        assertEquals("(#0=(1 . #0#) #0#)", Printer.toWriteString(Pair.list(c, c)));
    }

    @Test
    void write_acyclicSharingIsNotLabelled() {
        Object s = Pair.list(1L, 2L);
        assertEquals("((1 2) (1 2))", Printer.toWriteString(Pair.list(s, s)));
    }

    @Test
    void writeShared_labelsAcyclicSharing() {
        Object s = Pair.list(1L, 2L);
        assertEquals("(#0=(1 2) #0#)", shared(Pair.list(s, s)));
        Object[] v = {1L};
        assertEquals("#(#0=#(1) #0# #0#)", shared(new Object[] {v, v, v}));
    }

    @Test
    void writeShared_sharedTailIsPrintedAfterDot() {
        Object tail = Pair.list(2L, 3L);
        Object x = Pair.list(new Pair(1L, tail), tail);
        assertEquals("((1 . #0=(2 3)) #0#)", shared(x));
    }

    @Test
    void writeSimple_neverLabels() {
        Object s = Pair.list(1L, 2L);
        assertEquals("((1 2) (1 2))", simple(Pair.list(s, s)));
    }

    @Test
    void write_vectorContainingItself() {
        Object[] v = new Object[2];
        v[0] = 1L;
        v[1] = v;
        assertEquals("#0=#(1 #0#)", Printer.toWriteString(v));
    }

    @Test
    void write_recordContainingItself() {
        RecordType t = new RecordType(Symbol.of("<node>"), new Symbol[] {Symbol.of("next")});
        Record r = new Record(t, new Object[1]);
        r.fields[0] = r;
        assertEquals("#0=#<node next: #0#>", Printer.toWriteString(r));
    }

    @Test
    void write_quotedCycleKeepsLabel() {
        Pair inner = new Pair(Nil.NIL, Nil.NIL);
        Pair form = new Pair(Symbol.of("quote"), inner);
        inner.car = form;
        assertEquals("#0='#0#", Printer.toWriteString(form));
    }

    @Test
    void write_longCircularListTerminates() {
        Object[] elements = new Object[100_000];
        java.util.Arrays.fill(elements, 7L);
        String s = Printer.toWriteString(circular(elements));
        assertEquals("#0=(7 7", s.substring(0, 7));
        assertEquals(" . #0#)", s.substring(s.length() - 7));
    }
}
