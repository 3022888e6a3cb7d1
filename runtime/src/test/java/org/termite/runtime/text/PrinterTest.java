package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

class PrinterTest {
    static Symbol sym(String name) {
        return Symbol.of(name);
    }

    static MString str(String s) {
        return MString.of(s);
    }

    static SChar ch(int c) {
        return SChar.of(c);
    }

    static String w(Object x) {
        return Printer.toWriteString(x);
    }

    static String d(Object x) {
        return Printer.toDisplayString(x);
    }

    private static Object mixed() {
        return Pair.list(sym("sym"), str("str"), ch('c'), 1.5, Boolean.TRUE, Nil.NIL,
                new Object[] {1L, str("a"), ch('b')});
    }

    @Test
    void write_mixedList() {
        assertEquals("(sym \"str\" #\\c 1.5 #t () #(1 \"a\" #\\b))", w(mixed()));
    }

    @Test
    void display_mixedList() {
        assertEquals("(sym str c 1.5 #t () #(1 a b))", d(mixed()));
    }

    @Test
    void write_dottedTailAndNested() {
        Object x = new Pair(1L, new Pair(Pair.list(2L, 3L), 4L));
        assertEquals("(1 (2 3) . 4)", w(x));
        assertEquals("(#f . #t)", w(new Pair(Boolean.FALSE, Boolean.TRUE)));
    }

    @Test
    void write_quoteAbbreviations() {
        Object x = Pair.list(Pair.list(sym("quote"), sym("a")), Pair.list(sym("quasiquote"), Pair.list(
                sym("b"), Pair.list(sym("unquote"), sym("c")), Pair.list(sym("unquote-splicing"), sym("d")))));
        assertEquals("('a `(b ,c ,@d))", w(x));
    }

    @Test
    void write_quoteFormOfWrongShapeIsNotAbbreviated() {
        assertEquals("(quote a b)", w(Pair.list(sym("quote"), sym("a"), sym("b"))));
        assertEquals("(quote)", w(Pair.list(sym("quote"))));
        assertEquals("(quote . a)", w(new Pair(sym("quote"), sym("a"))));
    }

    @Test
    void write_stringEscapes() {
        assertEquals("\"tab\\there \\\"quoted\\\" back\\\\slash\"", w(str("tab\there \"quoted\" back\\slash")));
        assertEquals("\"a\\nb\\rc\\ad\\x1b;e\\x0;\"", w(str("a\nb\rc\u0007d\u001be\u0000")));
        assertEquals("\"λ😀 x\"", w(str("λ😀 x")));
    }

    @Test
    void display_stringIsRaw() {
        assertEquals("tab\there \"q\"", d(str("tab\there \"q\"")));
    }

    @Test
    void write_characterNames() {
        assertEquals("#\\a", w(ch('a')));
        assertEquals("#\\space", w(ch(' ')));
        assertEquals("#\\newline", w(ch('\n')));
        assertEquals("#\\tab", w(ch('\t')));
        assertEquals("#\\null", w(ch(0)));
        assertEquals("#\\alarm", w(ch(7)));
        assertEquals("#\\backspace", w(ch(8)));
        assertEquals("#\\delete", w(ch(127)));
        assertEquals("#\\escape", w(ch(27)));
        assertEquals("#\\return", w(ch(13)));
        assertEquals("#\\x1", w(ch(1)));
        assertEquals("#\\xa0", w(ch(0xA0)));
        assertEquals("#\\λ", w(ch(0x3BB)));
        assertEquals("#\\😀", w(ch(0x1F600)));
        assertEquals("#\\(", w(ch('(')));
    }

    @Test
    void display_characterIsRaw() {
        assertEquals("(a λ \n 😀)", d(Pair.list(ch('a'), ch(0x3BB), ch('\n'), ch(0x1F600))));
    }

    @Test
    void write_specialObjects() {
        assertEquals("#!void", w(Unspecified.VALUE));
        assertEquals("#!void", d(Unspecified.VALUE));
        assertEquals("#!eof", w(Eof.VALUE));
        assertEquals("#!default", w(DefaultObject.VALUE));
        assertEquals("#f", w(Boolean.FALSE));
        assertEquals("()", w(Nil.NIL));
        assertEquals("foo:", w(Keyword.of("foo")));
        assertEquals("foo:", d(Keyword.of("foo")));
    }

    @Test
    void write_bytevector() {
        assertEquals("#u8(206 187)", w("λ".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("#u8()", w(new byte[0]));
        assertEquals("#u8(0 255 128)", w(new byte[] {0, (byte) 255, (byte) 128}));
    }

    @Test
    void write_vectors() {
        assertEquals("#()", w(new Object[0]));
        assertEquals("#(#(1) (2) \"x\")", w(new Object[] {new Object[] {1L}, Pair.list(2L), str("x")}));
    }

    @Test
    void write_recordStripsAngleBrackets() {
        RecordType angled = new RecordType(sym("<point>"), new Symbol[] {sym("x"), sym("y")});
        RecordType plain = new RecordType(sym("point"), new Symbol[] {sym("x"), sym("y")});
        assertEquals("#<point x: 3 y: 4>", w(new Record(angled, new Object[] {3L, 4L})));
        assertEquals("#<point x: \"a\" y: (1)>", w(new Record(plain, new Object[] {str("a"), Pair.list(1L)})));
        assertEquals("#<point x: a y: (1)>", d(new Record(plain, new Object[] {str("a"), Pair.list(1L)})));
        RecordType empty = new RecordType(sym("<>"), new Symbol[0]);
        assertEquals("#<<>>", w(new Record(empty, new Object[0])));
    }

    @Test
    void write_otherObjectsUseToString() {
        Object o = new Object() {
            @Override
            public String toString() {
                return "#<thing>";
            }
        };
        assertEquals("(#<thing>)", w(Pair.list(o)));
    }

    @Test
    void write_longListDoesNotOverflowStack() {
        Object list = Nil.NIL;
        for (int i = 0; i < 100_000; i++) {
            list = new Pair(0L, list);
        }
        String s = w(list);
        assertEquals(2 * 100_000 + 1, s.length());
        assertEquals("(0 0 0", s.substring(0, 6));
    }

    @Test
    void write_deepCarNesting() {
        Object x = Nil.NIL;
        for (int i = 0; i < 50_000; i++) {
            x = Pair.list(x);
        }
        String s = w(x);
        assertEquals(50_000 * 2 + 2, s.length());
        assertEquals("((((", s.substring(0, 4));
    }

    @Test
    void toString_ofPairUsesWrite() {
        assertEquals("(\"a\" . #\\b)", new Pair(str("a"), ch('b')).toString());
    }
}
