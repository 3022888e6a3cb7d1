package org.termite.runtime.exec;

/**
 * {@code vector-ref} and {@code vector-set!} for compiled loops that hold the index in a {@code long} local, so that
 * it is not boxed to be passed. Same checks and errors as the primitives (a vector is an {@code Object[]}).
 */
public final class LongIndexed {
    private LongIndexed() {}

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

    private static SchemeError error(String who, Object v, long k) {
        return v instanceof Object[] ? SchemeError.outOfRange(who, k, v) : SchemeError.wrongType(who, "vector", v);
    }
}
