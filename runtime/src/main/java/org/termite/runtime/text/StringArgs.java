package org.termite.runtime.text;

import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;

/** Argument checks shared by the string primitives; each names the procedure in its error. */
final class StringArgs {
    private StringArgs() {}

    static MString str(String who, Object x) {
        if (x instanceof MString s) {
            return s;
        }
        throw SchemeError.wrongType(who, "string", x);
    }

    /** An exact integer index {@code 0 <= i <= limit}. */
    static int index(String who, Object i, int limit, Object in) {
        if (i instanceof Long l) {
            if (l >= 0 && l <= limit) {
                return (int) (long) l;
            }
            throw SchemeError.outOfRange(who, i, in);
        }
        if (i instanceof java.math.BigInteger) {
            throw SchemeError.outOfRange(who, i, in);
        }
        throw SchemeError.wrongType(who, "exact integer", i);
    }

    /** The start of an optional range; #!default (an omitted argument) means 0. */
    static int start(String who, Object start, int length, Object in) {
        return start == null || start == org.termite.runtime.value.DefaultObject.VALUE ? 0 : index(who, start, length, in);
    }

    /** The end of an optional range, which must not precede {@code start}. */
    static int end(String who, Object end, int start, int length, Object in) {
        if (end == null || end == org.termite.runtime.value.DefaultObject.VALUE) {
            return length;
        }
        int e = index(who, end, length, in);
        if (e < start) {
            throw SchemeError.outOfRange(who, end, in);
        }
        return e;
    }

    static int ch(String who, Object x) {
        if (x instanceof SChar c) {
            return c.codePoint;
        }
        throw SchemeError.wrongType(who, "character", x);
    }

    /** The elements of a proper list, which must not be circular. */
    static Object[] listElements(String who, Object list) {
        int n = 0;
        Object slow = list;
        for (Object l = list; l != Nil.NIL; ) {
            if (!(l instanceof Pair p)) {
                throw SchemeError.wrongType(who, "list", list);
            }
            l = p.cdr;
            n++;
            if ((n & 1) == 0) {
                slow = ((Pair) slow).cdr;
                if (slow == l && l != Nil.NIL) {
                    throw SchemeError.wrongType(who, "list", list);
                }
            }
        }
        Object[] out = new Object[n];
        Object l = list;
        for (int i = 0; i < n; i++) {
            Pair p = (Pair) l;
            out[i] = p.car;
            l = p.cdr;
        }
        return out;
    }

    /** The length for make-string and friends: an exact non-negative integer small enough for an array. */
    static int size(String who, Object k) {
        if (k instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE - 8) {
            return (int) (long) l;
        }
        if (k instanceof Long || k instanceof java.math.BigInteger) {
            throw SchemeError.error(who + ": length out of range:", k);
        }
        throw SchemeError.wrongType(who, "exact integer", k);
    }
}
