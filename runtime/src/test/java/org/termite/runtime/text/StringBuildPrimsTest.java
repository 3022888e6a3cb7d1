package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.termite.runtime.text.StringPrimsTest.assertError;
import static org.termite.runtime.text.StringPrimsTest.assertStr;
import static org.termite.runtime.text.StringPrimsTest.s;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

class StringBuildPrimsTest {
    @Test
    void join_defaultAndCustomSeparator() {
        assertStr("a b c", StringBuildPrims.join(Pair.list(s("a"), s("b"), s("c"))));
        assertStr("a, b", StringBuildPrims.join(Pair.list(s("a"), s("b")), s(", ")));
        assertStr("solo", StringBuildPrims.join(Pair.list(s("solo")), s("-")));
        assertStr("", StringBuildPrims.join(Nil.NIL));
        assertError("string-join: expected a string, got 1", () -> StringBuildPrims.join(Pair.list(s("a"), 1L)));
        assertError("string-join: expected a list", () -> StringBuildPrims.join(s("a")));
    }

    @Test
    void concatenate_list() {
        assertStr("abc", StringBuildPrims.concatenate(Pair.list(s("a"), s("bc"))));
        assertStr("", StringBuildPrims.concatenate(Nil.NIL));
        assertError("string-concatenate: expected a string, got x",
                () -> StringBuildPrims.concatenate(Pair.list(org.termite.runtime.value.Symbol.of("x"))));
    }

    @Test
    void reverse_byCodePoint() {
        assertStr("c😀a", StringBuildPrims.reverse(s("a😀c")));
        assertStr("", StringBuildPrims.reverse(s("")));
    }

    @Test
    void utf8_encode() {
        assertEquals("#u8(206 187)", Printer.toWriteString(StringBuildPrims.toUtf8(s("λ"))));
        assertEquals("#u8(240 159 152 128)", Printer.toWriteString(StringBuildPrims.toUtf8(s("😀"))));
        assertEquals("#u8(98 226 130 172)", Printer.toWriteString(StringBuildPrims.toUtf8(s("ab€"), 1L)));
        assertEquals("#u8(98)", Printer.toWriteString(StringBuildPrims.toUtf8(s("ab€"), 1L, 2L)));
        assertError("string->utf8: index out of range: 4", () -> StringBuildPrims.toUtf8(s("abc"), 4L));
    }

    @Test
    void utf8_decode() {
        byte[] bytes = {(byte) 0x61, (byte) 0xCE, (byte) 0xBB, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80};
        MString x = (MString) StringBuildPrims.fromUtf8(bytes);
        assertEquals(3, x.length());
        assertStr("aλ😀", x);
        assertStr("λ", StringBuildPrims.fromUtf8(bytes, 1L, 3L));
        assertStr("λ😀", StringBuildPrims.fromUtf8(bytes, 1L));
        assertStr("\uFFFD", StringBuildPrims.fromUtf8(new byte[] {(byte) 0xFF}));
        assertError("utf8->string: expected a bytevector, got \"a\"", () -> StringBuildPrims.fromUtf8(s("a")));
        assertError("utf8->string: index out of range: 1", () -> StringBuildPrims.fromUtf8(bytes, 2L, 1L));
    }
}
