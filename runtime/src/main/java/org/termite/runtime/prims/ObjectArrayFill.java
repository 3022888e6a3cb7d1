package org.termite.runtime.prims;

/**
 * Fills a range of a vector by copying its own first elements over the rest, doubling the copied run each time.
 *
 * <p>A store of a reference into an array the collector keeps in its old generation (with G1, any array of more
 * than half a region, e.g. a vector of a million elements with 4 MB regions) pays a write barrier with a memory
 * fence per element; {@code Arrays.fill} is such a loop of stores. {@code System.arraycopy} marks the copied
 * range once, so a million-element {@code make-vector} costs about a quarter of the time.
 */
final class ObjectArrayFill {
    /** Below this many elements a plain loop is as fast, and the array is usually young. */
    private static final int SEED = 64;

    private ObjectArrayFill() {}

    static void fill(Object[] a, int from, int to, Object x) {
        int seeded = Math.min(to, from + SEED);
        for (int i = from; i < seeded; i++) {
            a[i] = x;
        }
        for (int done = seeded - from; from + done < to; ) {
            int run = Math.min(done, to - from - done);
            System.arraycopy(a, from, a, from + done, run);
            done += run;
        }
    }

    static void fill(Object[] a, Object x) {
        fill(a, 0, a.length, x);
    }
}
