package org.termite.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.io.ErrorAssert.error;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.MString;

class BinaryPortTest {
    @Test
    void bytevectorInput_readsUnsignedBytes() {
        Object p = PortPrims.openInputBytevector(new byte[] {1, (byte) 200, 3});
        assertTrue(PortPrims.isBinaryPort(p));
        assertTrue(PortPrims.u8Ready(p));
        assertEquals(1L, PortPrims.peekU8(p));
        assertEquals(1L, PortPrims.readU8(p));
        assertEquals(200L, PortPrims.readU8(p));
        assertEquals(3L, PortPrims.readU8(p));
        assertSame(Eof.VALUE, PortPrims.peekU8(p));
        assertSame(Eof.VALUE, PortPrims.readU8(p));
    }

    @Test
    void readBytevector_returnsFewerAtTheEndThenEof() {
        Object p = PortPrims.openInputBytevector(new byte[] {1, 2, 3});
        PortPrims.peekU8(p);
        assertArrayEquals(new byte[] {1, 2}, (byte[]) PortPrims.readBytevector(2L, p));
        assertArrayEquals(new byte[] {3}, (byte[]) PortPrims.readBytevector(5L, p));
        assertSame(Eof.VALUE, PortPrims.readBytevector(5L, p));
        assertArrayEquals(new byte[0], (byte[]) PortPrims.readBytevector(0L, p));
    }

    @Test
    void bytevectorOutput_collectsWrites() {
        Object p = PortPrims.openOutputBytevector();
        PortPrims.writeU8(255L, p);
        PortPrims.writeBytevector(new byte[] {1, 2, 3, 4}, p, 1L, 3L);
        PortPrims.writeBytevector(new byte[] {9}, p);
        PortPrims.flushOutputPort(p);
        assertArrayEquals(new byte[] {(byte) 255, 2, 3, 9}, (byte[]) PortPrims.getOutputBytevector(p));
        error("write-u8: expected an exact integer between 0 and 255, got", () -> PortPrims.writeU8(256L, p));
        error("write-bytevector: index out of range:", () -> PortPrims.writeBytevector(new byte[] {1}, p, 0L, 2L));
    }

    @Test
    void textualOperationsOnBinaryPorts_areErrors() {
        Object in = PortPrims.openInputBytevector(new byte[] {65});
        Object out = PortPrims.openOutputBytevector();
        error("read-char: expected a textual input port, got", () -> PortPrims.readChar(in));
        error("write-string: expected a textual output port, got", () -> PortPrims.writeString(MString.of("a"), out));
        error("read-u8: expected a binary input port, got",
                () -> PortPrims.readU8(PortPrims.openInputString(MString.of("a"))));
        error("get-output-bytevector: expected a bytevector output port, got",
                () -> PortPrims.getOutputBytevector(PortPrims.openOutputString()));
        PortPrims.closePort(in);
        error("peek-u8: port is closed:", () -> PortPrims.peekU8(in));
    }
}
