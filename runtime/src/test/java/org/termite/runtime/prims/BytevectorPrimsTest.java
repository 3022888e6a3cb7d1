package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.prims.Show.error;
import static org.termite.runtime.prims.Show.list;
import static org.termite.runtime.prims.Show.of;

import org.junit.jupiter.api.Test;

class BytevectorPrimsTest {
    private static byte[] bv(int... xs) {
        byte[] b = new byte[xs.length];
        for (int i = 0; i < xs.length; i++) {
            b[i] = (byte) xs[i];
        }
        return b;
    }

    @Test
    void make_fillsAndChecksRange() {
        assertEquals("#u8(0 0)", of(BytevectorPrims.makeBytevector(2L)));
        assertEquals("#u8(255 255)", of(BytevectorPrims.makeU8vector(2L, 255L)));
        error("make-bytevector: expected an exact integer between 0 and 255, got",
                () -> BytevectorPrims.makeBytevector(2L, 256L));
        error("u8vector: expected an exact integer between 0 and 255, got", () -> BytevectorPrims.u8vector(1L, -1L));
        assertEquals("#u8(1 200)", of(BytevectorPrims.bytevector(1L, 200L)));
        assertTrue(BytevectorPrims.isBytevector(bv()));
        assertFalse(BytevectorPrims.isBytevector(new Object[0]));
    }

    @Test
    void ref_readsUnsigned() {
        byte[] b = bv(0, 128, 255);
        assertEquals(255L, BytevectorPrims.bytevectorRef(b, 2L));
        assertEquals(128L, BytevectorPrims.u8vectorRef(b, 1L));
        BytevectorPrims.u8vectorSet(b, 0L, 7L);
        assertEquals(7L, BytevectorPrims.bytevectorRef(b, 0L));
        assertEquals(3L, BytevectorPrims.bytevectorLength(b));
        error("u8vector-ref: index out of range:", () -> BytevectorPrims.u8vectorRef(b, 3L));
        error("bytevector-u8-set!: expected an exact integer between 0 and 255, got",
                () -> BytevectorPrims.bytevectorSet(b, 0L, 300L));
        error("bytevector-length: expected a bytevector, got", () -> BytevectorPrims.bytevectorLength(list()));
    }

    @Test
    void copyAndAppend() {
        byte[] b = bv(1, 2, 3, 4);
        assertEquals("#u8(2 3)", of(BytevectorPrims.bytevectorCopy(b, 1L, 3L)));
        assertEquals("#u8(3 4)", of(BytevectorPrims.u8vectorCopy(b, 2L)));
        assertEquals("#u8(2)", of(BytevectorPrims.subu8vector(b, 1L, 2L)));
        assertEquals("#u8(1 2 3 4 9)", of(BytevectorPrims.u8vectorAppend(b, bv(9))));
        assertEquals("#u8()", of(BytevectorPrims.bytevectorAppend()));
        BytevectorPrims.copyInto(b, 1L, b, 0L, 2L);
        assertEquals("#u8(1 1 2 4)", of(b));
        error("bytevector-copy!: index out of range:", () -> BytevectorPrims.copyInto(bv(0), 0L, bv(1, 2)));
    }

    @Test
    void listConversionsAndFill() {
        assertEquals("(1 255)", of(BytevectorPrims.toList(bv(1, 255))));
        assertEquals("(255)", of(BytevectorPrims.toList(bv(1, 255), 1L)));
        assertEquals("#u8(5 6)", of(BytevectorPrims.fromList(list(5L, 6L))));
        error("list->u8vector: expected an exact integer between 0 and 255, got",
                () -> BytevectorPrims.fromList(list(5L, "x")));
        byte[] b = bv(1, 2, 3);
        BytevectorPrims.fill(b, 9L, 1L);
        assertEquals("#u8(1 9 9)", of(b));
        BytevectorPrims.fill(b, 0L);
        assertEquals("#u8(0 0 0)", of(b));
    }
}
