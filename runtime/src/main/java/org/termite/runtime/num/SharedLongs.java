package org.termite.runtime.num;

/**
 * Boxes of the fixnums 0 to 2^20 - 1, each made once and then shared, for values stored into vectors by compiled
 * loops. {@code Long.valueOf} shares only -128..127, so a loop that fills a large vector with its counter would
 * allocate a box per element; those boxes are young objects referenced from an old (with G1, humongous) array,
 * so every young collection copies them again until a marking cycle finds the array dead. Shared boxes are made
 * once and soon old. The table is made by chunks of 4,096 on first use: at most 16 MB of boxes and 4 MB of chunks.
 *
 * <p>Threads may race to make a box; each gets a {@code Long} of the right value (whose field is final, so it is
 * safely published), and {@code eqv?}, not {@code eq?}, is what Scheme promises for numbers.
 */
public final class SharedLongs {
    private static final int RANGE_BITS = 20;
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_MASK = (1 << CHUNK_BITS) - 1;
    private static final Long[][] CHUNKS = new Long[1 << (RANGE_BITS - CHUNK_BITS)][];

    private SharedLongs() {}

    /** A box of {@code v}: the shared one when {@code 0 <= v < 2^20}, else a new one (or Long's own). */
    public static Long of(long v) {
        if ((v >>> RANGE_BITS) != 0) {
            return v;
        }
        Long[] chunk = CHUNKS[(int) (v >>> CHUNK_BITS)];
        if (chunk != null) {
            Long box = chunk[(int) v & CHUNK_MASK];
            if (box != null) {
                return box;
            }
        }
        return make(v);
    }

    private static Long make(long v) {
        int c = (int) (v >>> CHUNK_BITS);
        Long[] chunk = CHUNKS[c];
        if (chunk == null) {
            chunk = new Long[1 << CHUNK_BITS];
            CHUNKS[c] = chunk;
        }
        Long box = v;
        chunk[(int) v & CHUNK_MASK] = box;
        return box;
    }
}
