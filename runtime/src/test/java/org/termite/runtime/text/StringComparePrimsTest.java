package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.text.StringPrimsTest.assertError;
import static org.termite.runtime.text.StringPrimsTest.assertStr;
import static org.termite.runtime.text.StringPrimsTest.s;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.MString;

class StringComparePrimsTest {
    @Test
    void comparisons_lexicographicByCodePoint() {
        assertTrue(StringComparePrims.eq(s("abc"), s("abc")));
        assertFalse(StringComparePrims.eq(s("abc"), s("abd")));
        assertTrue(StringComparePrims.eq(s("x")));
        assertTrue(StringComparePrims.eq(s("x"), s("x"), s("x")));
        assertTrue(StringComparePrims.lt(s("ab"), s("abc")));
        assertTrue(StringComparePrims.lt(s("abc"), s("abd"), s("b")));
        assertFalse(StringComparePrims.lt(s("abc"), s("abc")));
        assertTrue(StringComparePrims.lt(s("z"), s("😀")));
        assertTrue(StringComparePrims.gt(s("b"), s("a"), s("")));
        assertTrue(StringComparePrims.le(s("a"), s("a"), s("b")));
        assertFalse(StringComparePrims.le(s("b"), s("a")));
        assertTrue(StringComparePrims.ge(s("b"), s("b")));
        assertTrue(StringComparePrims.ge(s("c"), s("b"), s("b")));
    }

    @Test
    void comparisons_checkTypes() {
        assertError("string=?: expected a string, got 1", () -> StringComparePrims.eq(s("a"), 1L));
        assertError("string<?: expected a string, got 1", () -> StringComparePrims.lt(s("b"), s("a"), 1L));
        assertError("string-ci=?: expected a string, got #\\a",
                () -> StringComparePrims.ciEq(org.termite.runtime.value.SChar.of('a')));
    }

    @Test
    void ciComparisons_useFullFolding() {
        assertTrue(StringComparePrims.ciEq(s("Straße"), s("STRASSE"), s("strasse")));
        assertTrue(StringComparePrims.ciEq(s("ΧΑΟΣ"), s("χαος"), s("χαοσ")));
        assertTrue(StringComparePrims.ciLt(s("apple"), s("BANANA")));
        assertTrue(StringComparePrims.ciGt(s("Zebra"), s("apple")));
        assertTrue(StringComparePrims.ciLe(s("ABC"), s("abc")));
        assertTrue(StringComparePrims.ciGe(s("abc"), s("ABC"), s("AB")));
        assertFalse(StringComparePrims.ciEq(s("abc"), s("abd")));
    }

    @Test
    void caseMapping_fullUnicode() {
        assertStr("STRASSE", StringComparePrims.upcase(s("straße")));
        assertStr("ΧΑΟΣ", StringComparePrims.upcase(s("χαος")));
        assertStr("hello λ", StringComparePrims.downcase(s("HELLO Λ")));
        assertStr("χαος", StringComparePrims.downcase(s("ΧΑΟΣ")));
        assertStr("strasse", StringComparePrims.foldcase(s("Straße")));
        assertStr("χαοσ", StringComparePrims.foldcase(s("ΧΑΟΣ")));
        assertStr("χαοσ", StringComparePrims.foldcase(s("χαος")));
        assertStr("😀a", StringComparePrims.foldcase(s("😀A")));
        assertError("string-upcase: expected a string", () -> StringComparePrims.upcase(1L));
    }

    @Test
    void caseMapping_returnsFreshString() {
        MString x = s("abc");
        MString y = (MString) StringComparePrims.downcase(x);
        y.set(0, 'z');
        assertStr("abc", x);
        MString f = (MString) StringComparePrims.foldcase(x);
        f.set(0, 'z');
        assertStr("abc", x);
    }
}
