package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Symbol;

/** When a written symbol needs bars to read back as itself. */
class SymbolSyntaxTest {
    private static String w(String name) {
        return Printer.toWriteString(Symbol.of(name));
    }

    @Test
    void write_plainSymbolsAreBare() {
        assertEquals("hello", w("hello"));
        assertEquals("Hello", w("Hello"));
        assertEquals("list->vector", w("list->vector"));
        assertEquals("+", w("+"));
        assertEquals("-", w("-"));
        assertEquals("...", w("..."));
        assertEquals("1+", w("1+"));
        assertEquals("a#b", w("a#b"));
        assertEquals("λ", w("λ"));
        assertEquals("->x", w("->x"));
    }

    @Test
    void write_symbolsThatNeedBars() {
        assertEquals("|hello world|", w("hello world"));
        assertEquals("||", w(""));
        assertEquals("|.|", w("."));
        assertEquals("|a(b|", w("a(b"));
        assertEquals("|a\"b|", w("a\"b"));
        assertEquals("|a;b|", w("a;b"));
        assertEquals("|a'b|", w("a'b"));
        assertEquals("|#foo|", w("#foo"));
        assertEquals("|foo:|", w("foo:"));
        assertEquals("|a\\|b|", w("a|b"));
        assertEquals("|a\\\\b|", w("a\\b"));
        assertEquals("|a\\nb|", w("a\nb"));
        assertEquals("|a\\x1;|", w("a\u0001"));
    }

    @Test
    void write_numberLikeSymbolsNeedBars() {
        assertEquals("|1|", w("1"));
        assertEquals("|+1|", w("+1"));
        assertEquals("|-12|", w("-12"));
        assertEquals("|.5|", w(".5"));
        assertEquals("|1/2|", w("1/2"));
        assertEquals("|1.|", w("1."));
        assertEquals("|1e10|", w("1e10"));
        assertEquals("|+inf.0|", w("+inf.0"));
        assertEquals("|-nan.0|", w("-nan.0"));
        assertEquals("|+i|", w("+i"));
    }

    @Test
    void display_showsBareName() {
        assertEquals("hello world", Printer.toDisplayString(Symbol.of("hello world")));
        assertEquals("", Printer.toDisplayString(Symbol.of("")));
        assertEquals("1", Printer.toDisplayString(Symbol.of("1")));
    }

    @Test
    void write_uninternedQuoteIsNotAbbreviated() {
        Object x = org.termite.runtime.value.Pair.list(Symbol.uninterned("quote"), Symbol.of("a"));
        assertEquals("(quote a)", Printer.toWriteString(x));
    }
}
