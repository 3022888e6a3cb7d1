package org.termite.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.io.ErrorAssert.error;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;

class StringPortTest {
    private static Object in(String s) {
        return PortPrims.openInputString(MString.of(s));
    }

    private static String text(Object x) {
        return x.toString();
    }

    @Test
    void readAndPeekChar_includingNonBmp() {
        Object p = in("a\uD83D\uDE00");
        assertEquals(SChar.of('a'), PortPrims.peekChar(p));
        assertEquals(SChar.of('a'), PortPrims.readChar(p));
        assertEquals(0x1F600, ((SChar) PortPrims.readChar(p)).codePoint);
        assertSame(Eof.VALUE, PortPrims.peekChar(p));
        assertSame(Eof.VALUE, PortPrims.readChar(p));
        assertTrue(PortPrims.charReady(p));
    }

    @Test
    void inputString_isCopiedWhenOpened() {
        MString s = MString.of("ab");
        Object p = PortPrims.openInputString(s);
        s.set(0, 'z');
        assertEquals(SChar.of('a'), PortPrims.readChar(p));
    }

    @Test
    void readLine_dropsNewlineAndEndsWithEof() {
        Object p = in("one\n\ntwo");
        assertEquals("one", text(PortPrims.readLine(p)));
        assertEquals("", text(PortPrims.readLine(p)));
        assertEquals("two", text(PortPrims.readLine(p)));
        assertSame(Eof.VALUE, PortPrims.readLine(p));
    }

    @Test
    void readString_takesUpToKCharacters() {
        Object p = in("hello");
        assertEquals("", text(PortPrims.readString(0L, p)));
        assertEquals("hel", text(PortPrims.readString(3L, p)));
        assertEquals("lo", text(PortPrims.readString(10L, p)));
        assertSame(Eof.VALUE, PortPrims.readString(1L, p));
        error("read-string: expected a non-negative exact integer, got", () -> PortPrims.readString(-1L, p));
        error("read-string: expected a textual input port, got", () -> PortPrims.readString(1L, MString.of("x")));
    }

    @Test
    void read_readsSuccessiveData() {
        Object p = in("(a 1) foo \"s\"");
        Object first = PortPrims.read(p);
        assertTrue(first instanceof Pair);
        assertSame(Symbol.of("a"), ((Pair) first).car);
        assertSame(Symbol.of("foo"), PortPrims.read(p));
        assertEquals("s", text(PortPrims.read(p)));
        assertSame(Eof.VALUE, PortPrims.read(p));
    }

    @Test
    void outputString_collectsEveryKindOfWrite() {
        Object p = PortPrims.openOutputString();
        PortPrims.writeChar(SChar.of(0x3BB), p);
        PortPrims.writeString(MString.of("abc"), p, 1L);
        PortPrims.writeString(MString.of("xyz"), p, 0L, 1L);
        PortPrims.newline(p);
        PortPrims.display(MString.of("d\"q"), p);
        PortPrims.write(MString.of("w\"q"), p);
        PortPrims.display(42L, p);
        assertEquals("\u03BBbcx\nd\"q\"w\\\"q\"42", text(PortPrims.getOutputString(p)));
    }

    @Test
    void writeShared_labelsSharedStructure() {
        Object shared = new Pair(1L, org.termite.runtime.value.Nil.NIL);
        Object x = new Pair(shared, new Pair(shared, org.termite.runtime.value.Nil.NIL));
        Object p = PortPrims.openOutputString();
        PortPrims.writeShared(x, p);
        PortPrims.writeChar(SChar.of(' '), p);
        PortPrims.writeSimple(x, p);
        assertEquals("(#0=(1) #0#) ((1) (1))", text(PortPrims.getOutputString(p)));
    }

    @Test
    void closedPort_refusesOperationsButKeepsItsString() {
        Object p = PortPrims.openOutputString();
        PortPrims.writeString(MString.of("kept"), p);
        assertTrue(PortPrims.isOutputPortOpen(p));
        PortPrims.closeOutputPort(p);
        PortPrims.closePort(p);
        assertFalse(PortPrims.isOutputPortOpen(p));
        error("write-char: port is closed:", () -> PortPrims.writeChar(SChar.of('x'), p));
        assertEquals("kept", text(PortPrims.getOutputString(p)));
        Object in = in("x");
        PortPrims.closeInputPort(in);
        error("read-char: port is closed:", () -> PortPrims.readChar(in));
        error("close-input-port: expected an input port, got", () -> PortPrims.closeInputPort(p));
    }

    @Test
    void predicates_distinguishKinds() {
        Object i = in("");
        Object o = PortPrims.openOutputString();
        assertTrue(PortPrims.isInputPort(i) && PortPrims.isTextualPort(i) && PortPrims.isPort(i));
        assertFalse(PortPrims.isOutputPort(i) || PortPrims.isBinaryPort(i));
        assertTrue(PortPrims.isOutputPort(o));
        assertFalse(PortPrims.isInputPortOpen(o));
        assertFalse(PortPrims.isPort(MString.of("")));
        assertTrue(PortPrims.isEofObject(PortPrims.eofObject()));
        assertEquals("#<input-port string>", i.toString());
    }

    @Test
    void wrongKindOfPort_namesProcedure() {
        Object o = PortPrims.openOutputString();
        error("read-char: expected a textual input port, got", () -> PortPrims.readChar(o));
        error("write-u8: expected a binary output port, got", () -> PortPrims.writeU8(1L, o));
        error("get-output-string: expected a string output port, got", () -> PortPrims.getOutputString(in("")));
        error("write-char: expected a character, got", () -> PortPrims.writeChar(MString.of("a"), o));
        error("display: expected a textual output port, got", () -> PortPrims.display(1L, Symbol.of("p")));
    }
}
