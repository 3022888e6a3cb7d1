package org.termite.runtime.num;

import org.termite.runtime.exec.SchemeError;

/**
 * What compiled loops call with a fixnum they hold in a {@code long} local: {@code vector-ref} and
 * {@code vector-set!} by such an index, without boxing it to pass it, and with the same checks and errors as
 * the primitives (a vector is an {@code Object[]}).
 */
public final class UnboxedFixnums {
    private UnboxedFixnums() {}

    public static Object vectorRef(Object v, long k) {
        if (v instanceof Object[] a && k >= 0 && k < a.length) {
            return a[(int) k];
        }
        throw error("vector-ref", v, k);
    }

    public static void vectorSet(Object v, long k, Object x) {
        if (v instanceof Object[] a && k >= 0 && k < a.length) {
            a[(int) k] = x;
            return;
        }
        throw error("vector-set!", v, k);
    }

    /** {@code vector-set!} of a fixnum held unboxed: the vector gets a shared box (see {@link SharedLongs}). */
    public static void vectorSetFixnum(Object v, long k, long x) {
        vectorSet(v, k, SharedLongs.of(x));
    }

    private static SchemeError error(String who, Object v, long k) {
        return v instanceof Object[] ? SchemeError.outOfRange(who, k, v) : SchemeError.wrongType(who, "vector", v);
    }
}
