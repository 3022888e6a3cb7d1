package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.termite.runtime.text.ReadTesting.assertReadError;
import static org.termite.runtime.text.ReadTesting.read;
import static org.termite.runtime.text.ReadTesting.show;

import org.junit.jupiter.api.Test;
import org.termite.runtime.num.NumberParser;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;

class DatumReaderAtomTest {
    @Test
    void read_booleans() {
        assertSame(Boolean.TRUE, read("#t"));
        assertSame(Boolean.FALSE, read("#f"));
        assertSame(Boolean.TRUE, read("#true"));
        assertSame(Boolean.FALSE, read("#false"));
        assertEquals("(#t #f)", show("(#t #f)"));
    }

    @Test
    void read_characters() {
        assertEquals(SChar.of('a'), read("#\\a"));
        assertEquals(SChar.of(0x3bb), read("#\\λ"));
        assertEquals(SChar.of(0x1F600), read("#\\\uD83D\uDE00"));
        assertEquals(SChar.of('('), read("#\\("));
        assertEquals(SChar.of('x'), read("#\\x"));
        assertEquals(SChar.of('A'), read("#\\x41"));
        assertEquals(SChar.of(0x3bb), read("#\\x3BB"));
        assertEquals(SChar.of(' '), read("#\\ "));
        assertEquals("(#\\x29 #\\x28 #\\x3b)", show("(#\\) #\\( #\\;)"));
    }

    @Test
    void read_characterNames() {
        String[] names = {"alarm", "backspace", "delete", "escape", "newline", "null", "nul", "return",
            "space", "tab", "linefeed", "altmode"};
        int[] codes = {7, 8, 127, 27, 10, 0, 0, 13, 32, 9, 10, 27};
        for (int i = 0; i < names.length; i++) {
            assertEquals(SChar.of(codes[i]), read("#\\" + names[i]), names[i]);
        }
        assertEquals("(#\\xa #\\x20)", show("(#\\newline #\\space)"));
    }

    @Test
    void read_strings() {
        assertEquals(MString.of("hello world"), read("\"hello world\""));
        assertEquals(MString.of(""), read("\"\""));
        assertEquals(MString.of("\u0007\b\t\n\r\"\\|"), read("\"\\a\\b\\t\\n\\r\\\"\\\\\\|\""));
        assertEquals(MString.of("AλB"), read("\"\\x41;\\x3bb;B\""));
        assertEquals(MString.of("line1\nline2"), read("\"line1\nline2\""));
        assertEquals(MString.ofCodePoints(new int[] {'a', 0x1F600}), read("\"a\uD83D\uDE00\""));
    }

    @Test
    void read_stringLineContinuation() {
        assertEquals(MString.of("abcdef"), read("\"abc\\\n   def\""));
        assertEquals(MString.of("abcdef"), read("\"abc\\  \t\n\t  def\""));
        assertEquals(MString.of("abcdef"), read("\"abc\\\r\n def\""));
    }

    @Test
    void read_identifiers() {
        for (String s : new String[] {"abc", "+", "-", "...", "->x", ".foo", "a.b", "set-car!", "<=?", "λ", "Hello"}) {
            assertSame(Symbol.of(s), read(s), s);
        }
        assertEquals("(Abc abc)", show("(Abc abc)"));
    }

    @Test
    void read_barSymbols() {
        assertSame(Symbol.of("hello world"), read("|hello world|"));
        assertSame(Symbol.of("a|b"), read("|a\\|b|"));
        assertSame(Symbol.of("A\n\t"), read("|\\x41;\\n\\t|"));
        assertSame(Symbol.of(""), read("||"));
        assertSame(Symbol.of("foo:"), read("|foo:|"));
        assertSame(Symbol.of("12"), read("|12|"));
        assertSame(Symbol.of("aB Cd"), read("a|B C|d"));
    }

    @Test
    void read_numbersAreHandedToTheNumberParser() {
        assertEquals(42L, read("42"));
        assertEquals(-7L, read("-7"));
        assertEquals("(1 (2) 3)", show("(1(2)3)"));
        for (String token : new String[] {"#xff", "#XFF", "#b101", "#e1.5", "#i3", "#o17", "#d12"}) {
            Object expected = NumberParser.parse(token, 10);
            if (expected != null) {
                assertEquals(expected, read(token), token);
            } else {
                assertReadError(token, "t.scm:1:1: bad number: " + token);
            }
        }
        for (String token : new String[] {"1.5", "+5", "-2/3", "1e3", "1+"}) {
            Object expected = NumberParser.parse(token, 10);
            assertEquals(expected != null ? expected : Symbol.of(token), read(token), token);
        }
    }
}
