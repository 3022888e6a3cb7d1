package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.termite.runtime.text.ReadTesting.read;
import static org.termite.runtime.text.ReadTesting.show;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Symbol;

class DatumReaderCommentTest {
    @Test
    void read_lineComments() {
        assertEquals("(a b)", show("; header\n(a ; first\n b) ; end"));
        assertSame(Eof.VALUE, read("  ; only a comment"));
        assertSame(Symbol.of("x"), read("\t\r\n x"));
    }

    @Test
    void read_nestedBlockComments() {
        assertEquals("(a b)", show("#| one #| two |# still one |# (a #|in|# b)"));
        assertSame(Symbol.of("x"), read("#||#x"));
        assertSame(Symbol.of("y"), read("#| | # |#y"));
        assertSame(Eof.VALUE, read("#| done |#"));
    }

    @Test
    void read_datumComments() {
        assertEquals("(1)", show("(1 #;2)"));
        assertEquals("(1 3)", show("(1 #;(2 (x)) 3)"));
        assertEquals("(a c)", show("(a #;#;b b2 c)"));
        assertSame(Symbol.of("y"), read("#;x y"));
        assertSame(Symbol.of("y"), read("#; #(1 2) y"));
        assertSame(Nil.NIL, read("(#;x)"));
        assertEquals("(a . c)", show("(a . #;b c)"));
        assertEquals("(quote c)", show("'#;b c"));
    }

    @Test
    void read_datumCommentsAcrossReads() {
        DatumReader r = new DatumReader("a #;b c", "t.scm", null);
        assertSame(Symbol.of("a"), r.read());
        assertSame(Symbol.of("c"), r.read());
        assertSame(Eof.VALUE, r.read());
    }
}
