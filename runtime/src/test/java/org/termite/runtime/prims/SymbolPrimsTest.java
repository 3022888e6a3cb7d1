package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Symbol;

class SymbolPrimsTest {
    private static void assertError(String prefix, org.junit.jupiter.api.function.Executable e) {
        SchemeError err = assertThrows(SchemeError.class, e);
        assertTrue(err.getMessage().startsWith(prefix), err.getMessage());
    }

    @Test
    void symbolToString_isFreshString() {
        MString a = (MString) SymbolPrims.symbolToString(Symbol.of("abc"));
        MString b = (MString) SymbolPrims.symbolToString(Symbol.of("abc"));
        assertEquals("abc", a.toString());
        assertNotSame(a, b);
        a.set(0, 'x');
        assertEquals("abc", Symbol.of("abc").name);
    }

    @Test
    void stringToSymbol_interns() {
        assertSame(Symbol.of("hello world"), SymbolPrims.stringToSymbol(MString.of("hello world")));
        assertSame(Symbol.of("λ"), SymbolPrims.stringToSymbol(MString.of("λ")));
        assertError("string->symbol: expected a string, got abc",
                () -> SymbolPrims.stringToSymbol(Symbol.of("abc")));
        assertError("symbol->string: expected a symbol, got \"abc\"",
                () -> SymbolPrims.symbolToString(MString.of("abc")));
    }

    @Test
    void predicates() {
        assertTrue(SymbolPrims.isSymbol(Symbol.of("a")));
        assertFalse(SymbolPrims.isSymbol(MString.of("a")));
        assertFalse(SymbolPrims.isSymbol(Keyword.of("a")));
        assertTrue(SymbolPrims.isKeyword(Keyword.of("a")));
        assertFalse(SymbolPrims.isKeyword(Symbol.of("a")));
    }

    @Test
    void symbolEq_variadic() {
        Symbol a = Symbol.of("a");
        assertTrue(SymbolPrims.symbolEq(a, a));
        assertTrue(SymbolPrims.symbolEq(a));
        assertTrue(SymbolPrims.symbolEq(a, a, Symbol.of("a")));
        assertFalse(SymbolPrims.symbolEq(a, a, Symbol.of("b")));
        assertFalse(SymbolPrims.symbolEq(a, Symbol.uninterned("a")));
        assertError("symbol=?: expected a symbol, got 1", () -> SymbolPrims.symbolEq(a, a, 1L));
    }

    @Test
    void uninterned_isDistinct() {
        Symbol u = (Symbol) SymbolPrims.stringToUninternedSymbol(MString.of("a"));
        assertEquals("a", u.name);
        assertFalse(u.interned);
        assertNotSame(Symbol.of("a"), u);
    }

    @Test
    void gensym_uniqueUninternedNames() {
        Symbol g1 = (Symbol) SymbolPrims.gensym();
        Symbol g2 = (Symbol) SymbolPrims.gensym();
        assertTrue(g1.name.matches("g[0-9]+"), g1.name);
        assertNotEquals(g1.name, g2.name);
        assertFalse(g1.interned);
        Symbol p = (Symbol) SymbolPrims.gensym(Symbol.of("loop"));
        assertTrue(p.name.matches("loop[0-9]+"), p.name);
        Symbol s = (Symbol) SymbolPrims.gensym(MString.of("tmp-"));
        assertTrue(s.name.matches("tmp-[0-9]+"), s.name);
        assertError("gensym: expected a symbol or string, got 5", () -> SymbolPrims.gensym(5L));
    }

    @Test
    void symbolAppend_interns() {
        assertSame(Symbol.of("foobar"), SymbolPrims.symbolAppend(Symbol.of("foo"), Symbol.of("bar")));
        assertSame(Symbol.of(""), SymbolPrims.symbolAppend());
        assertError("symbol-append: expected a symbol, got \"x\"",
                () -> SymbolPrims.symbolAppend(Symbol.of("a"), MString.of("x")));
    }

    @Test
    void keywords_convert() {
        assertSame(Keyword.of("name"), SymbolPrims.stringToKeyword(MString.of("name")));
        assertEquals("name", SymbolPrims.keywordToString(Keyword.of("name")).toString());
        assertError("keyword->string: expected a keyword, got name",
                () -> SymbolPrims.keywordToString(Symbol.of("name")));
        assertError("string->keyword: expected a string", () -> SymbolPrims.stringToKeyword(1L));
    }
}
