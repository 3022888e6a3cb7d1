package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.termite.runtime.text.ReadTesting.read;
import static org.termite.runtime.text.ReadTesting.show;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

class DatumReaderLabelTest {
    @Test
    void read_sharedStructure() {
        Pair p = (Pair) read("(#0=(a b) #0# #0#)");
        assertEquals("((a b) (a b) (a b))", show(p));
        Object first = p.car;
        assertSame(first, ((Pair) p.cdr).car);
        assertSame(first, ((Pair) ((Pair) p.cdr).cdr).car);
    }

    @Test
    void read_circularList() {
        Pair p = (Pair) read("#0=(a b . #0#)");
        assertSame(Symbol.of("a"), p.car);
        Pair q = (Pair) p.cdr;
        assertSame(Symbol.of("b"), q.car);
        assertSame(p, q.cdr);
    }

    @Test
    void read_selfContainingList() {
        Pair p = (Pair) read("#1=(x #1#)");
        assertSame(Symbol.of("x"), p.car);
        assertSame(p, ((Pair) p.cdr).car);
    }

    @Test
    void read_labelsInsideVectors() {
        Object[] v = (Object[]) read("#0=#(1 #0# #1=(y) #1#)");
        assertEquals(4, v.length);
        assertSame(v, v[1]);
        assertEquals("(y)", show(v[2]));
        assertSame(v[2], v[3]);
        Pair p = (Pair) read("#2=(#(#2#))");
        assertSame(p, ((Object[]) p.car)[0]);
    }

    @Test
    void read_nestedLabelsReferringOutward() {
        Pair p = (Pair) read("#0=(a #1=(b #0#) #1#)");
        Pair inner = (Pair) ((Pair) p.cdr).car;
        assertSame(p, ((Pair) inner.cdr).car);
        assertSame(inner, ((Pair) ((Pair) p.cdr).cdr).car);
        Pair q = (Pair) read("#1=(#0=#1#)");
        assertSame(q, q.car);
    }

    @Test
    void read_labelInsideQuote() {
        Pair p = (Pair) read("#0=(a '#0#)");
        Pair quoted = (Pair) ((Pair) p.cdr).car;
        assertSame(Symbol.of("quote"), quoted.car);
        assertSame(p, ((Pair) quoted.cdr).car);
    }

    @Test
    void read_labelsAreScopedToOneDatum() {
        DatumReader r = new DatumReader("#0=(a) #0=(b)", "t.scm", null);
        assertEquals("(a)", show(r.read()));
        assertEquals("(b)", show(r.read()));
    }

    @Test
    void read_longCircularListDoesNotOverflow() {
        String text = "#0=(" + "x ".repeat(200_000) + ". #0#)";
        Pair p = (Pair) read(text);
        Object l = p;
        for (int i = 0; i < 200_000; i++) {
            l = ((Pair) l).cdr;
        }
        assertSame(p, l);
    }
}
