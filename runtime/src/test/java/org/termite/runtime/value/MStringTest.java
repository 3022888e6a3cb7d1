package org.termite.runtime.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two representations of a string (Latin-1 bytes, code points) and every operation across them. */
class MStringTest {
    /** A string with these characters that has inflated: wide, though every character fits in a byte. */
    private static MString inflated(String s) {
        MString out = MString.ofLength(s.length(), 'x');
        out.set(0, 0x100);
        MString.of(s).copyTo(0, s.length(), out, 0);
        assertFalse(out.isLatin1());
        assertEquals(s, out.toString());
        return out;
    }

    @Test
    void of_isLatin1OnlyWhileEveryCharacterIsBelow256() {
        assertTrue(MString.of("").isLatin1());
        assertTrue(MString.of("caf\u00e9 \u00ff").isLatin1());
        assertFalse(MString.of("\u0100").isLatin1());
        MString emoji = MString.of("a\ud83d\ude00b");
        assertFalse(emoji.isLatin1());
        assertEquals(3, emoji.length());
        assertEquals(0x1F600, emoji.charAt(1));
        assertEquals("a\ud83d\ude00b", emoji.toString());
    }

    @Test
    void factories_makeLatin1WhenTheCharactersAllow() {
        assertTrue(MString.ofCodePoints(new int[] {'a', 0xFF}).isLatin1());
        assertFalse(MString.ofCodePoints(new int[] {'a', 0x3BB}).isLatin1());
        assertEquals("\u00e9t\u00e9", MString.ofLatin1(new byte[] {'x', (byte) 0xE9, 't', (byte) 0xE9}, 1, 4).toString());
        assertEquals("\u00ff\u00ff", MString.ofLength(2, 0xFF).toString());
        assertTrue(MString.ofLength(2, 0xFF).isLatin1());
        MString wide = MString.ofLength(3, 0x1F600);
        assertFalse(wide.isLatin1());
        assertEquals(0x1F600, wide.charAt(2));
    }

    @Test
    void set_inflatesOnACharacterAbove255AndKeepsTheOthers() {
        MString s = MString.of("h\u00e9llo");
        s.set(1, 0xFF);
        assertTrue(s.isLatin1());
        s.set(4, 0x3BB);
        assertFalse(s.isLatin1());
        assertEquals("h\u00ffll\u03bb", s.toString());
        assertEquals(0xFF, s.charAt(1));
        s.set(4, 'o');
        assertFalse(s.isLatin1());
        assertEquals("h\u00ffllo", s.toString());
    }

    @Test
    void set_outOfRange_leavesTheStringLatin1() {
        MString s = MString.of("ab");
        assertThrows(IndexOutOfBoundsException.class, () -> s.set(2, 0x3BB));
        assertTrue(s.isLatin1());
    }

    @Test
    void equalsAndHashCode_agreeAcrossRepresentations() {
        String text = "caf\u00e9 \u00ff!";
        MString latin1 = MString.of(text);
        MString wide = inflated(text);
        assertEquals(latin1, wide);
        assertEquals(wide, latin1);
        assertEquals(latin1.hashCode(), wide.hashCode());
        assertEquals(java.util.Arrays.hashCode(text.chars().toArray()), latin1.hashCode());
        assertNotEquals(MString.of("caf\u00e9"), wide);
        assertNotEquals(wide, MString.of(text.replace('!', '?')));
        assertEquals(0, latin1.compareTo(wide));
    }

    @Test
    void compareTo_ordersByCodePointAcrossRepresentations() {
        MString e = MString.of("\u00e9");
        MString z = MString.of("z");
        MString lambda = MString.of("\u03bb");
        assertTrue(e.compareTo(z) > 0, "bytes compare unsigned");
        assertTrue(z.compareTo(e) < 0);
        assertTrue(e.compareTo(lambda) < 0);
        assertTrue(lambda.compareTo(e) > 0);
        assertTrue(MString.of("ab").compareTo(MString.of("abc")) < 0);
        assertTrue(inflated("abc").compareTo(MString.of("ab")) > 0);
        assertTrue(MString.of("ab").compareTo(inflated("abc")) < 0);
    }

    @Test
    void substring_copiesTheRangeInTheSourcesRepresentation() {
        MString s = MString.of("ab\u03bbcd");
        MString left = s.substring(0, 2);
        assertEquals("ab", left.toString());
        assertFalse(left.isLatin1());
        assertEquals(MString.of("ab"), left);
        assertTrue(MString.of("abc").substring(1, 3).isLatin1());
        MString middle = s.substring(1, 4);
        assertEquals("b\u03bbc", middle.toString());
        assertFalse(middle.isLatin1());
        MString copy = s.copy();
        copy.set(0, 'z');
        assertEquals("ab\u03bbcd", s.toString());
    }

    @Test
    void concat_mixesRepresentations() {
        MString latin1 = MString.of("caf\u00e9");
        MString wide = MString.of("\u03bb");
        MString both = MString.concat(latin1, wide, latin1);
        assertEquals("caf\u00e9\u03bbcaf\u00e9", both.toString());
        assertFalse(both.isLatin1());
        MString plain = MString.concat(latin1, MString.of("!"), MString.of(""));
        assertEquals("caf\u00e9!", plain.toString());
        assertTrue(plain.isLatin1());
        assertEquals(plain, MString.concat(latin1, inflated("!")));
        assertEquals("", MString.concat().toString());
    }

    @Test
    void copyTo_fromWideIntoLatin1_inflatesOnlyWhenACopiedCharacterNeedsIt() {
        MString src = MString.of("ab\u03bbcd");
        MString dst = MString.of("......");
        src.copyTo(3, 5, dst, 0);
        assertTrue(dst.isLatin1());
        assertEquals("cd....", dst.toString());
        src.copyTo(1, 3, dst, 4);
        assertFalse(dst.isLatin1());
        assertEquals("cd..b\u03bb", dst.toString());
        MString empty = MString.of("xy");
        src.copyTo(2, 2, empty, 1);
        assertTrue(empty.isLatin1());
    }

    @Test
    void copyTo_fromLatin1IntoWide_andOverlappingWithinOneString() {
        MString dst = MString.of("\u03bb\u03bb\u03bb");
        MString.of("\u00e9x").copyTo(0, 2, dst, 1);
        assertEquals("\u03bb\u00e9x", dst.toString());
        MString s = MString.of("abcdef");
        s.copyTo(0, 4, s, 2);
        assertEquals("ababcd", s.toString());
        MString w = MString.of("\u03bbbcdef");
        w.copyTo(2, 6, w, 0);
        assertEquals("cdefef", w.toString());
    }

    @Test
    void fill_inflatesOnlyForAWideCharacterOverANonEmptyRange() {
        MString s = MString.of("abcde");
        s.fill(1, 3, 0xE9);
        assertEquals("a\u00e9\u00e9de", s.toString());
        assertTrue(s.isLatin1());
        s.fill(2, 2, 0x3BB);
        assertTrue(s.isLatin1());
        s.fill(3, 5, 0x3BB);
        assertFalse(s.isLatin1());
        assertEquals("a\u00e9\u00e9\u03bb\u03bb", s.toString());
        s.fill(0, 5, 'z');
        assertEquals("zzzzz", s.toString());
    }

    @Test
    void indexOf_findsCharactersAndPatternsAcrossRepresentations() {
        MString latin1 = MString.of("abcabc");
        assertEquals(3, latin1.indexOf('a', 1, 6));
        assertEquals(-1, latin1.indexOf('a', 1, 3));
        assertEquals(-1, latin1.indexOf(0x3BB, 0, 6));
        assertEquals(1, latin1.indexOf(MString.of("bc"), 0));
        assertEquals(4, latin1.indexOf(inflated("bc"), 2));
        assertEquals(-1, latin1.indexOf(MString.of("b\u03bb"), 0));
        assertEquals(6, latin1.indexOf(MString.of(""), 6));
        assertEquals(-1, latin1.indexOf(MString.of("abcabcd"), 0));
        MString wide = MString.of("x\u03bbya\u03bby");
        assertEquals(4, wide.indexOf(0x3BB, 2, 6));
        assertEquals(3, wide.indexOf(MString.of("a\u03bb"), 0));
        assertEquals(2, wide.indexOf(MString.of("ya"), 0));
    }

    @Test
    void regionMatches_comparesRangesOfEitherRepresentation() {
        MString latin1 = MString.of("prefix-suffix");
        assertTrue(latin1.regionMatches(0, MString.of("pre"), 0, 3));
        assertTrue(latin1.regionMatches(7, inflated("suffix"), 0, 6));
        assertTrue(inflated("suffix").regionMatches(0, latin1, 7, 6));
        assertFalse(latin1.regionMatches(0, MString.of("pr\u03bb"), 0, 3));
    }

    @Test
    void codePointsAndAppendTo_giveTheCharacters() {
        MString latin1 = MString.of("a long enough string, \u00e9t\u00e9 included");
        StringBuilder out = new StringBuilder("<");
        latin1.appendTo(out, 0, latin1.length());
        latin1.appendTo(out, 0, 1);
        assertEquals("<" + latin1 + "a", out.toString());
        MString wide = MString.of("\u03bb\ud83d\ude00");
        StringBuilder w = new StringBuilder();
        wide.appendTo(w, 1, 2);
        assertEquals("\ud83d\ude00", w.toString());
        assertArrayEquals(new int[] {0x3BB, 0x1F600}, wide.codePoints(0, 2));
        assertArrayEquals(new int[] {0xE9, 't'}, latin1.codePoints(22, 24));
        assertEquals("\u00e9t", latin1.toString(22, 24));
    }

    @Test
    void builder_switchesToCodePointsAtTheFirstWideCharacter() {
        MStringBuilder b = new MStringBuilder(0);
        for (int i = 0; i < 20; i++) {
            b.add('a' + i);
        }
        assertTrue(b.build().isLatin1());
        MStringBuilder w = new MStringBuilder(2);
        w.add('a');
        w.add(0xFF);
        w.add(0x1F600);
        w.add('b');
        MString s = w.build();
        assertFalse(s.isLatin1());
        assertEquals("a\u00ff\ud83d\ude00b", s.toString());
    }
}
