package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedLongsTest {
    @Test
    void of_inRange_givesTheSameBoxEachTime() {
        for (long v : new long[] {0, 1, 127, 128, 4095, 4096, 999_999, (1 << 20) - 1}) {
            Long box = SharedLongs.of(v);
            assertEquals(v, box.longValue());
            assertSame(box, SharedLongs.of(v));
        }
    }

    @Test
    void of_outOfRange_givesTheValue() {
        for (long v : new long[] {-1, -129, 1 << 20, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(v, SharedLongs.of(v).longValue());
        }
    }
}
