package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;

class StringPrimsTest {
    static MString s(String text) {
        return MString.of(text);
    }

    static SChar c(int cp) {
        return SChar.of(cp);
    }

    static void assertError(String prefix, org.junit.jupiter.api.function.Executable e) {
        SchemeError err = assertThrows(SchemeError.class, e);
        assertTrue(err.getMessage().startsWith(prefix), err.getMessage());
    }

    static void assertStr(String expected, Object actual) {
        assertEquals(s(expected), actual);
    }

    @Test
    void makeString_fillsAndChecks() {
        assertStr("xxx", StringPrims.makeString(3L, c('x')));
        assertStr("   ", StringPrims.makeString(3L));
        assertStr("", StringPrims.makeString(0L));
        assertError("make-string: length out of range: -1", () -> StringPrims.makeString(-1L));
        assertError("make-string: expected an exact integer, got 1.5", () -> StringPrims.makeString(1.5));
        assertError("make-string: expected a character, got \"x\"", () -> StringPrims.makeString(2L, s("x")));
    }

    @Test
    void string_fromChars() {
        assertStr("aλ😀", StringPrims.string(c('a'), c(0x3BB), c(0x1F600)));
        assertStr("", StringPrims.string());
        assertError("string: expected a character, got 1", () -> StringPrims.string(c('a'), 1L));
    }

    @Test
    void lengthAndRef_countCodePoints() {
        MString x = s("a😀b");
        assertEquals(3L, StringPrims.length(x));
        assertEquals(c(0x1F600), StringPrims.ref(x, 1L));
        assertEquals(c('b'), StringPrims.ref(x, 2L));
        assertTrue(StringPrims.isString(x));
        assertFalse(StringPrims.isString(c('a')));
        assertTrue(StringPrims.isNull(s("")));
        assertFalse(StringPrims.isNull(x));
    }

    @Test
    void ref_errors() {
        assertError("string-ref: index out of range: 3 \"abc\"", () -> StringPrims.ref(s("abc"), 3L));
        assertError("string-ref: index out of range: -1", () -> StringPrims.ref(s("abc"), -1L));
        assertError("string-ref: expected an exact integer, got 1.0", () -> StringPrims.ref(s("abc"), 1.0));
        assertError("string-ref: expected a string, got abc",
                () -> StringPrims.ref(org.termite.runtime.value.Symbol.of("abc"), 0L));
        assertError("string-length: expected a string, got #\\a", () -> StringPrims.length(c('a')));
    }

    @Test
    void set_mutatesInPlace() {
        MString x = s("abc");
        StringPrims.set(x, 1L, c(0x3BB));
        assertStr("aλc", x);
        assertError("string-set!: index out of range: 3", () -> StringPrims.set(x, 3L, c('z')));
        assertError("string-set!: expected a character, got \"z\"", () -> StringPrims.set(x, 0L, s("z")));
    }

    @Test
    void substringAndCopy_areFresh() {
        MString x = s("hello");
        assertStr("ell", StringPrims.substring(x, 1L, 4L));
        assertStr("llo", StringPrims.substring(x, 2L));
        assertStr("", StringPrims.substring(x, 5L, 5L));
        MString copy = (MString) StringPrims.copy(x);
        assertEquals(x, copy);
        copy.set(0, 'j');
        assertStr("hello", x);
        assertStr("lo", StringPrims.copy(x, 3L));
        assertStr("e", StringPrims.copy(x, 1L, 2L));
        assertError("substring: index out of range: 2", () -> StringPrims.substring(x, 3L, 2L));
        assertError("string-copy: index out of range: 6", () -> StringPrims.copy(x, 6L));
    }

    @Test
    void append_concatenates() {
        assertStr("abλ", StringPrims.append(s("a"), s(""), s("bλ")));
        assertStr("", StringPrims.append());
        MString one = s("x");
        assertNotSame(one, StringPrims.append(one));
        assertError("string-append: expected a string, got #\\c", () -> StringPrims.append(s("a"), c('c')));
    }

    @Test
    void copyInto_handlesOverlap() {
        MString x = s("abcdef");
        StringPrims.copyInto(x, 2L, x, 0L, 4L);
        assertStr("ababcd", x);
        MString y = s("abcdef");
        StringPrims.copyInto(y, 0L, y, 2L);
        assertStr("cdefef", y);
        MString z = s("-----");
        StringPrims.copyInto(z, 1L, s("xyz"));
        assertStr("-xyz-", z);
        assertError("string-copy!: index out of range: 3", () -> StringPrims.copyInto(s("abcd"), 3L, s("xy")));
    }

    @Test
    void fill_rangeOrWhole() {
        MString x = s("abcde");
        StringPrims.fill(x, c('z'), 1L, 3L);
        assertStr("azzde", x);
        StringPrims.fill(x, c('y'), 4L);
        assertStr("azzdy", x);
        StringPrims.fill(x, c('q'));
        assertStr("qqqqq", x);
        assertError("string-fill!: expected a character", () -> StringPrims.fill(x, 1L));
    }

    @Test
    void listConversions() {
        assertEquals("(#\\a #\\λ)", Printer.toWriteString(StringPrims.toList(s("aλ"))));
        assertEquals("(#\\b #\\c)", Printer.toWriteString(StringPrims.toList(s("abcd"), 1L, 3L)));
        assertEquals("(#\\d)", Printer.toWriteString(StringPrims.toList(s("abcd"), 3L)));
        assertEquals(Nil.NIL, StringPrims.toList(s("")));
        assertStr("ab", StringPrims.fromList(Pair.list(c('a'), c('b'))));
        assertError("list->string: expected a character, got 1", () -> StringPrims.fromList(Pair.list(1L)));
        assertError("list->string: expected a list", () -> StringPrims.fromList(new Pair(c('a'), c('b'))));
        Pair loop = new Pair(c('a'), Nil.NIL);
        loop.cdr = loop;
        assertError("list->string: expected a list", () -> StringPrims.fromList(loop));
    }

    @Test
    void vectorConversions() {
        assertArrayEquals(new Object[] {c('b'), c('c')}, (Object[]) StringPrims.toVector(s("abc"), 1L));
        assertArrayEquals(new Object[] {c('a')}, (Object[]) StringPrims.toVector(s("abc"), 0L, 1L));
        assertEquals(3, ((Object[]) StringPrims.toVector(s("abc"))).length);
        Object[] v = {c('x'), c('y'), c('z')};
        assertStr("xyz", StringPrims.fromVector(v));
        assertStr("yz", StringPrims.fromVector(v, 1L));
        assertStr("y", StringPrims.fromVector(v, 1L, 2L));
        assertError("vector->string: expected a vector, got \"x\"", () -> StringPrims.fromVector(s("x")));
        assertError("vector->string: expected a character, got 1", () -> StringPrims.fromVector(new Object[] {1L}));
    }

    @Test
    void objectToString_isWrittenForm() {
        assertStr("(1 \"a\" #\\b)", StringPrims.objectToString(Pair.list(1L, s("a"), c('b'))));
        assertStr("sym", StringPrims.objectToString(org.termite.runtime.value.Symbol.of("sym")));
    }
}
