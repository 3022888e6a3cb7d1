package org.termite.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Eof;

class ReadBytevectorIntoTest {
    @Test
    void readBytevectorInto_fillsTheRangeThenReportsEof() {
        Object p = PortPrims.openInputBytevector(new byte[] {1, 2, 3, 4});
        PortPrims.peekU8(p);
        byte[] buf = new byte[5];
        assertEquals(2L, PortPrims.readBytevectorInto(buf, p, 1L, 3L));
        assertArrayEquals(new byte[] {0, 1, 2, 0, 0}, buf);
        assertEquals(2L, PortPrims.readBytevectorInto(buf, p));
        assertArrayEquals(new byte[] {3, 4, 2, 0, 0}, buf);
        assertEquals(0L, PortPrims.readBytevectorInto(buf, p, 2L, 2L));
        assertSame(Eof.VALUE, PortPrims.readBytevectorInto(buf, p, 0L));
    }

    @Test
    void readBytevectorInto_afterPeekingTheEnd() {
        Object p = PortPrims.openInputBytevector(new byte[0]);
        PortPrims.peekU8(p);
        assertSame(Eof.VALUE, PortPrims.readBytevectorInto(new byte[2], p));
    }
}
