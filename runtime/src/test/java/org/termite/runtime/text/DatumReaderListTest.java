package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.termite.runtime.text.ReadTesting.read;
import static org.termite.runtime.text.ReadTesting.show;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

class DatumReaderListTest {
    @Test
    void read_listsAndBrackets() {
        assertEquals("(a b c)", show("(a b c)"));
        assertSame(Nil.NIL, read("()"));
        assertSame(Nil.NIL, read("[ ]"));
        assertEquals("(let ((x 1)) x)", show("(let ([x 1]) x)"));
        assertEquals("(a (b (c)) ())", show("(a(b(c))[])"));
    }

    @Test
    void read_dottedPairs() {
        assertEquals("(a . b)", show("(a . b)"));
        assertEquals("(a b . c)", show("(a b . c)"));
        assertEquals("(a b c d)", show("(a b . (c d))"));
        assertEquals("(a . #(1))", show("[a . #(1)]"));
    }

    @Test
    void read_vectors() {
        Object v = read("#(1 (2) #(3) \"s\")");
        assertEquals("#(1 (2) #(3) \"s\")", show(v));
        assertEquals(Object[].class, v.getClass());
        assertEquals(0, ((Object[]) read("#()")).length);
    }

    @Test
    void read_bytevectors() {
        assertArrayEquals(new byte[] {0, (byte) 255, 7}, (byte[]) read("#u8(0 255 7)"));
        assertArrayEquals(new byte[0], (byte[]) read("#u8()"));
        assertEquals("(#u8(1) #u8(2 3))", show("(#u8(1) #u8( 2 3 ))"));
    }

    @Test
    void read_quoteAbbreviations() {
        assertEquals("(quote x)", show("'x"));
        assertEquals("(quote ())", show("'()"));
        assertEquals("(quote (quote a))", show("''a"));
        assertEquals("(quasiquote (a (unquote b) (unquote-splicing c)))", show("`(a ,b ,@c)"));
        assertEquals("(unquote (quote x))", show(", 'x"));
        assertEquals("(a (quote b) . c)", show("(a 'b . c)"));
    }

    @Test
    void read_severalDataInARow() {
        DatumReader r = new DatumReader("(a) b \"s\"\n 12 #(x)", "t.scm", null);
        assertEquals("(a)", show(r.read()));
        assertSame(Symbol.of("b"), r.read());
        assertEquals(MString.of("s"), r.read());
        assertEquals(12L, r.read());
        assertEquals("#(x)", show(r.read()));
        assertSame(Eof.VALUE, r.read());
        assertSame(Eof.VALUE, r.read());
    }

    @Test
    void read_consumesExactlyOneDatum() {
        StringSource src = new StringSource("abc def");
        DatumReader r = new DatumReader(src, "t.scm", null);
        assertSame(Symbol.of("abc"), r.read());
        assertEquals(' ', src.peek());
        src = new StringSource("(a)x");
        r = new DatumReader(src, "t.scm", null);
        assertEquals("(a)", show(r.read()));
        assertEquals('x', src.peek());
        src = new StringSource("\"s\"\ny");
        new DatumReader(src, "t.scm", null).read();
        assertEquals('\n', src.peek());
        src = new StringSource("#\\a)");
        new DatumReader(src, "t.scm", null).read();
        assertEquals(')', src.peek());
    }

    @Test
    void read_millionElementList() {
        int n = 1_000_000;
        StringBuilder sb = new StringBuilder(2 * n + 2).append('(');
        for (int i = 0; i < n; i++) {
            sb.append(i % 10).append(' ');
        }
        Object list = new DatumReader(sb.append(')').toString(), "t.scm", new SourcePositions()).read();
        int count = 0;
        long sum = 0;
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            count++;
            sum += (Long) p.car;
        }
        assertEquals(n, count);
        assertEquals(4_500_000L, sum);
    }

    @Test
    void read_deepNesting() {
        int depth = 20_000;
        String text = "(".repeat(depth) + "x" + ")".repeat(depth) + " " + "'".repeat(depth) + "y";
        DatumReader r = new DatumReader(text, "t.scm", null);
        Object x = r.read();
        for (int i = 0; i < depth; i++) {
            Pair p = (Pair) x;
            assertSame(Nil.NIL, p.cdr);
            x = p.car;
        }
        assertSame(Symbol.of("x"), x);
        Object q = r.read();
        for (int i = 0; i < depth; i++) {
            q = ((Pair) ((Pair) q).cdr).car;
        }
        assertSame(Symbol.of("y"), q);
    }
}
