package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.SChar;

class CharPrimsTest {
    private static SChar c(int cp) {
        return SChar.of(cp);
    }

    private static void assertError(String prefix, org.junit.jupiter.api.function.Executable e) {
        SchemeError err = assertThrows(SchemeError.class, e);
        assertTrue(err.getMessage().startsWith(prefix), err.getMessage());
    }

    @Test
    void charToInteger_andBack() {
        assertEquals(955L, CharPrims.charToInteger(c(0x3BB)));
        assertEquals(c(0x1F600), CharPrims.integerToChar(0x1F600L));
        assertEquals(c(0), CharPrims.integerToChar(0L));
        assertTrue(CharPrims.isChar(c('a')));
        assertFalse(CharPrims.isChar(MString.of("a")));
    }

    @Test
    void integerToChar_rejectsSurrogatesAndOutOfRange() {
        assertError("integer->char: expected a Unicode scalar value, got 55296",
                () -> CharPrims.integerToChar(0xD800L));
        assertError("integer->char: expected a Unicode scalar value, got 1114112",
                () -> CharPrims.integerToChar(0x110000L));
        assertError("integer->char: expected a Unicode scalar value",
                () -> CharPrims.integerToChar(-1L));
        assertError("integer->char: expected a Unicode scalar value",
                () -> CharPrims.integerToChar(BigInteger.TEN.pow(30)));
        assertError("integer->char: expected an exact integer, got 1.5", () -> CharPrims.integerToChar(1.5));
    }

    @Test
    void charToInteger_wrongType() {
        assertError("char->integer: expected a character, got \"a\"",
                () -> CharPrims.charToInteger(MString.of("a")));
    }

    @Test
    void comparisons_twoAndMany() {
        assertTrue(CharPrims.charLt(c('a'), c('b')));
        assertFalse(CharPrims.charLt(c('b'), c('a')));
        assertTrue(CharPrims.charLt(c('a'), c('b'), c('c')));
        assertFalse(CharPrims.charLt(c('a'), c('c'), c('b')));
        assertTrue(CharPrims.charEq(c('a')));
        assertTrue(CharPrims.charEq(c('x'), c('x'), c('x')));
        assertTrue(CharPrims.charLe(c('a'), c('a'), c('b')));
        assertTrue(CharPrims.charGe(c('b'), c('b'), c('a')));
        assertTrue(CharPrims.charGt(c('c'), c('b'), c('a')));
        assertFalse(CharPrims.charGt(c('c'), c('c')));
    }

    @Test
    void comparisons_checkEveryArgument() {
        assertError("char<?: expected a character, got 1", () -> CharPrims.charLt(c('b'), c('a'), 1L));
        assertError("char=?: expected a character, got 1", () -> CharPrims.charEq(1L));
        assertError("char-ci=?: expected a character", () -> CharPrims.charCiEq(c('a'), MString.of("a")));
    }

    @Test
    void ciComparisons_foldCase() {
        assertTrue(CharPrims.charCiEq(c('a'), c('A')));
        assertTrue(CharPrims.charCiEq(c(0x3C3), c(0x3A3), c(0x3C2)));
        assertTrue(CharPrims.charCiLt(c('a'), c('B'), c('c')));
        assertTrue(CharPrims.charCiGt(c('Z'), c('y')));
        assertTrue(CharPrims.charCiLe(c('A'), c('a')));
        assertTrue(CharPrims.charCiGe(c('a'), c('A')));
    }

    @Test
    void classification_unicode() {
        assertTrue(CharPrims.isAlphabetic(c(0x3BB)));
        assertFalse(CharPrims.isAlphabetic(c('1')));
        assertTrue(CharPrims.isNumeric(c('7')));
        assertTrue(CharPrims.isNumeric(c(0x0664)));
        assertFalse(CharPrims.isNumeric(c(0x00BD)));
        assertTrue(CharPrims.isWhitespace(c(' ')));
        assertTrue(CharPrims.isWhitespace(c('\n')));
        assertTrue(CharPrims.isWhitespace(c(0xA0)));
        assertTrue(CharPrims.isWhitespace(c(0x3000)));
        assertFalse(CharPrims.isWhitespace(c('x')));
        assertTrue(CharPrims.isUpperCase(c(0x391)));
        assertFalse(CharPrims.isUpperCase(c('a')));
        assertTrue(CharPrims.isLowerCase(c(0x3B1)));
        assertFalse(CharPrims.isLowerCase(c('1')));
    }

    @Test
    void digitValue_decimalDigitsOnly() {
        assertEquals(3L, CharPrims.digitValue(c('3')));
        assertEquals(4L, CharPrims.digitValue(c(0x0664)));
        assertEquals(0L, CharPrims.digitValue(c(0x0AE6)));
        assertEquals(Boolean.FALSE, CharPrims.digitValue(c('a')));
        assertEquals(Boolean.FALSE, CharPrims.digitValue(c(0x0BF1)));
    }

    @Test
    void caseMapping_simple() {
        assertEquals(c('A'), CharPrims.charUpcase(c('a')));
        assertEquals(c(0x39B), CharPrims.charUpcase(c(0x3BB)));
        assertEquals(c(0xDF), CharPrims.charUpcase(c(0xDF)));
        assertEquals(c('a'), CharPrims.charDowncase(c('A')));
        assertEquals(c('1'), CharPrims.charDowncase(c('1')));
        assertEquals(c(0x3C3), CharPrims.charFoldcase(c(0x3C2)));
        assertEquals(c('s'), CharPrims.charFoldcase(c(0x17F)));
        assertEquals(c(0x131), CharPrims.charFoldcase(c(0x131)));
        assertEquals(c(0x13A0), CharPrims.charFoldcase(c(0xAB70)));
        assertError("char-upcase: expected a character", () -> CharPrims.charUpcase(1L));
    }
}
