package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.text.StringPrimsTest.assertError;
import static org.termite.runtime.text.StringPrimsTest.c;
import static org.termite.runtime.text.StringPrimsTest.s;

import org.junit.jupiter.api.Test;

class StringSearchPrimsTest {
    @Test
    void index_findsCharOrFalse() {
        assertEquals(2L, StringSearchPrims.index(s("a😀b"), c('b')));
        assertEquals(1L, StringSearchPrims.index(s("a😀b"), c(0x1F600)));
        assertEquals(Boolean.FALSE, StringSearchPrims.index(s("abc"), c('z')));
        assertEquals(3L, StringSearchPrims.index(s("abca"), c('a'), 1L));
        assertEquals(Boolean.FALSE, StringSearchPrims.index(s("abca"), c('a'), 1L, 3L));
        assertError("string-index: expected a character, got \"a\"", () -> StringSearchPrims.index(s("a"), s("a")));
    }

    @Test
    void searchForward_fromStart() {
        assertEquals(2L, StringSearchPrims.searchForward(s("cd"), s("abcdcd"), 0L));
        assertEquals(4L, StringSearchPrims.searchForward(s("cd"), s("abcdcd"), 3L));
        assertEquals(Boolean.FALSE, StringSearchPrims.searchForward(s("cd"), s("abcdcd"), 5L));
        assertEquals(3L, StringSearchPrims.searchForward(s(""), s("abc"), 3L));
        assertError("string-search-forward: index out of range: 4",
                () -> StringSearchPrims.searchForward(s("a"), s("abc"), 4L));
    }

    @Test
    void contains_returnsIndex() {
        assertEquals(6L, StringSearchPrims.contains(s("hello world"), s("world")));
        assertEquals(0L, StringSearchPrims.contains(s("abc"), s("")));
        assertEquals(Boolean.FALSE, StringSearchPrims.contains(s("abc"), s("abcd")));
        assertError("string-contains: expected a string, got #\\a", () -> StringSearchPrims.contains(s("a"), c('a')));
    }

    @Test
    void prefixAndSuffix() {
        assertTrue(StringSearchPrims.isPrefix(s("he"), s("hello")));
        assertTrue(StringSearchPrims.isPrefix(s(""), s("hello")));
        assertFalse(StringSearchPrims.isPrefix(s("hello!"), s("hello")));
        assertFalse(StringSearchPrims.isPrefix(s("el"), s("hello")));
        assertTrue(StringSearchPrims.isSuffix(s("llo"), s("hello")));
        assertFalse(StringSearchPrims.isSuffix(s("hell"), s("hello")));
        assertFalse(StringSearchPrims.isSuffix(s("xhello"), s("hello")));
        assertError("string-suffix?: expected a string, got 1", () -> StringSearchPrims.isSuffix(1L, s("a")));
    }

    @Test
    void split_keepsEmptyFields() {
        assertEquals("(\"a\" \"b\" \"\" \"c\")", Printer.toWriteString(StringSearchPrims.split(s("a,b,,c"), c(','))));
        assertEquals("(\"\" \"x\" \"\")", Printer.toWriteString(StringSearchPrims.split(s(",x,"), c(','))));
        assertEquals("(\"\")", Printer.toWriteString(StringSearchPrims.split(s(""), c(','))));
        assertEquals("(\"abc\")", Printer.toWriteString(StringSearchPrims.split(s("abc"), c(' '))));
        assertError("string-split: expected a character, got \",\"", () -> StringSearchPrims.split(s("a"), s(",")));
    }
}
