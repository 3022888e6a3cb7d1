package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ObjectArrayFillTest {
    private static final Object OLD = "old";
    private static final Object NEW = "new";

    /** Every length around the seed and the doubling steps, at offsets from both ends. */
    @Test
    void fillsExactlyTheRange() {
        int[] lengths = {0, 1, 2, 63, 64, 65, 127, 128, 129, 1000, 4096, 100_001};
        for (int n : lengths) {
            for (int from : new int[] {0, 1, 7, n / 3}) {
                for (int to : new int[] {n, n - 1, n - 5, from + 64, from + 65}) {
                    if (from < 0 || from > n || to < from || to > n) {
                        continue;
                    }
                    Object[] a = new Object[n];
                    java.util.Arrays.fill(a, OLD);
                    ObjectArrayFill.fill(a, from, to, NEW);
                    for (int i = 0; i < n; i++) {
                        assertSame(i >= from && i < to ? NEW : OLD, a[i], "n=" + n + " [" + from + "," + to + ") at " + i);
                    }
                }
            }
        }
    }

    @Test
    void fillsAWholeMillionElementVector() {
        Object[] a = (Object[]) VectorPrims.makeVector(1_000_000L, NEW);
        for (Object x : a) {
            assertSame(NEW, x);
        }
        VectorPrims.fill(a, OLD, 999_999L);
        assertSame(NEW, a[999_998]);
        assertSame(OLD, a[999_999]);
    }
}
