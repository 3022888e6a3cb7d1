package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Pair;

class DatumReaderPositionTest {
    private static Pair cdr(Object p) {
        return (Pair) ((Pair) p).cdr;
    }

    private static Object car(Object p) {
        return ((Pair) p).car;
    }

    @Test
    void read_recordsPositionsOfNestedLists() {
        SourcePositions pos = new SourcePositions();
        String text = "(define (f x)\n  (g x\n     #(1 (h))))";
        Pair define = (Pair) new DatumReader(text, "prog.scm", pos).read();
        assertEquals(new SourcePos("prog.scm", 1, 1), pos.get(define));
        Object fx = car(cdr(define));
        assertEquals("prog.scm:1:9", pos.get(cdr(define)).toString());
        assertEquals("prog.scm:1:9", pos.get(fx).toString());
        assertEquals("prog.scm:1:12", pos.get(cdr(fx)).toString());
        Object g = car(cdr(cdr(define)));
        assertEquals("prog.scm:2:3", pos.get(g).toString());
        Object[] vec = (Object[]) car(cdr(cdr(g)));
        assertEquals("prog.scm:3:6", pos.get(vec).toString());
        assertEquals("prog.scm:3:10", pos.get(vec[1]).toString());
        assertNull(pos.get(vec[0]));
    }

    @Test
    void read_recordsPositionsOfQuoteForms() {
        SourcePositions pos = new SourcePositions();
        Pair list = (Pair) new DatumReader("(a\n 'b)", "q.scm", pos).read();
        Object quote = car(cdr(list));
        assertEquals("q.scm:2:2", pos.get(quote).toString());
        assertEquals("q.scm:2:3", pos.get(cdr(quote)).toString());
    }

    @Test
    void read_positionsContinueAcrossReads() {
        SourcePositions pos = new SourcePositions();
        DatumReader r = new DatumReader("(a)\r\n  (b) ; c\n\t(c)", "s.scm", pos);
        assertEquals("s.scm:1:1", pos.get(r.read()).toString());
        assertEquals("s.scm:2:3", pos.get(r.read()).toString());
        assertEquals("s.scm:3:2", pos.get(r.read()).toString());
    }

    @Test
    void read_columnsCountCodePoints() {
        SourcePositions pos = new SourcePositions();
        Pair p = (Pair) new DatumReader("(\"\uD83D\uDE00λ\" (x))", "u.scm", pos).read();
        assertEquals("u.scm:1:7", pos.get(car(cdr(p))).toString());
    }
}
