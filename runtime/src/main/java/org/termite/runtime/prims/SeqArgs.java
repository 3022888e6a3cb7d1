package org.termite.runtime.prims;

import java.math.BigInteger;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;

/**
 * Argument checks shared by the sequence primitives (vectors, bytevectors, lists, ports): indices, lengths and
 * ranges must be exact integers within bounds, and every failure names the procedure. They return plain ints
 * so callers index arrays without further conversion.
 */
public final class SeqArgs {
    /** Longs for the octets 0..255, so reading a bytevector does not allocate. */
    private static final Long[] OCTETS = new Long[256];

    static {
        for (int i = 0; i < OCTETS.length; i++) {
            OCTETS[i] = (long) i;
        }
    }

    private SeqArgs() {}

    /** The boxed value of an octet 0..255. */
    public static Long octet(int b) {
        return OCTETS[b & 0xff];
    }

    /** An index {@code 0 <= k < limit} into {@code in}. */
    public static int index(String who, Object k, int limit, Object in) {
        if (k instanceof Long l) {
            long v = l;
            if (v >= 0 && v < limit) {
                return (int) v;
            }
            throw SchemeError.outOfRange(who, k, in);
        }
        throw notIndex(who, k, in);
    }

    /** A position {@code 0 <= k <= limit} in {@code in} (a start or end of a range). */
    public static int bound(String who, Object k, int limit, Object in) {
        if (k instanceof Long l) {
            long v = l;
            if (v >= 0 && v <= limit) {
                return (int) v;
            }
            throw SchemeError.outOfRange(who, k, in);
        }
        throw notIndex(who, k, in);
    }

    /** The end of a range that starts at {@code start}: {@code start <= end <= limit}. */
    public static int end(String who, Object k, int start, int limit, Object in) {
        int e = bound(who, k, limit, in);
        if (e < start) {
            throw SchemeError.outOfRange(who, k, in);
        }
        return e;
    }

    /** A count of elements to allocate or walk: a non-negative exact integer that fits an array. */
    public static int count(String who, Object k) {
        if (k instanceof Long l && l >= 0) {
            if (l > Integer.MAX_VALUE - 8) {
                throw SchemeError.error(who + ": length too large:", k);
            }
            return (int) (long) l;
        }
        if (k instanceof BigInteger b && b.signum() > 0) {
            throw SchemeError.error(who + ": length too large:", k);
        }
        throw SchemeError.wrongType(who, "non-negative exact integer", k);
    }

    /** A non-negative exact integer used to walk a list; BigIntegers are beyond any list. */
    public static long listIndex(String who, Object k, Object in) {
        if (k instanceof Long l && l >= 0) {
            return l;
        }
        if (k instanceof BigInteger b && b.signum() > 0) {
            throw SchemeError.outOfRange(who, k, in);
        }
        throw SchemeError.wrongType(who, "non-negative exact integer", k);
    }

    public static Object[] vector(String who, Object v) {
        if (v instanceof Object[] a) {
            return a;
        }
        throw SchemeError.wrongType(who, "vector", v);
    }

    public static byte[] bytevector(String who, Object v) {
        if (v instanceof byte[] a) {
            return a;
        }
        throw SchemeError.wrongType(who, "bytevector", v);
    }

    public static MString string(String who, Object s) {
        if (s instanceof MString m) {
            return m;
        }
        throw SchemeError.wrongType(who, "string", s);
    }

    /** A byte value: an exact integer 0..255. */
    public static byte byteValue(String who, Object x) {
        if (x instanceof Long l && l >= 0 && l <= 255) {
            return (byte) (long) l;
        }
        throw SchemeError.wrongType(who, "exact integer between 0 and 255", x);
    }

    private static SchemeError notIndex(String who, Object k, Object in) {
        if (k instanceof BigInteger) {
            return SchemeError.outOfRange(who, k, in);
        }
        return SchemeError.wrongType(who, "exact integer", k);
    }
}
