package org.termite.runtime.prims;

import java.math.BigInteger;
import java.util.Arrays;
import org.termite.runtime.num.Ratnum;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;

/**
 * Hash functions consistent with eq?, eqv? and equal?: objects that are equivalent hash alike. The equal
 * hash looks at a bounded number of nodes, so it takes constant time on long lists and terminates on
 * circular ones; equal structures are walked in the same order and so stop at the same place.
 */
public final class EqualHash {
    /** Nodes (pairs, vector elements, leaves) the equal hash looks at before it stops. */
    private static final int BUDGET = 64;

    private EqualHash() {}

    /** Consistent with eq?: exact integers and characters by value, everything else by identity. */
    public static int eqHash(Object x) {
        if (x instanceof Long l) {
            return Long.hashCode(l);
        }
        if (x instanceof SChar c) {
            return c.codePoint;
        }
        return identity(x);
    }

    /** Consistent with eqv?: also numbers by value, with 1 and 1.0 (and 0.0 and -0.0) apart. */
    public static int eqvHash(Object x) {
        if (x instanceof Double d) {
            return Long.hashCode(Double.doubleToLongBits(d)) * 0x9E3779B1;
        }
        if (x instanceof BigInteger || x instanceof Ratnum || x instanceof org.termite.runtime.num.Complex
                || x instanceof org.termite.runtime.value.EqvByValue) {
            return x.hashCode();
        }
        return eqHash(x);
    }

    public static int stringHash(MString s) {
        return s.hashCode();
    }

    public static int equalHash(Object x) {
        return equalHash(x, new int[] {BUDGET});
    }

    private static int equalHash(Object x, int[] budget) {
        int h = 17;
        while (budget[0]-- > 0) {
            if (x instanceof Pair p) {
                h = h * 31 + equalHash(p.car, budget) + 1;
                x = p.cdr;
            } else if (x instanceof Object[] v) {
                h = h * 31 + v.length;
                for (int i = 0; i < v.length && budget[0] > 0; i++) {
                    h = h * 31 + equalHash(v[i], budget);
                }
                return h;
            } else {
                return h * 31 + leafHash(x);
            }
        }
        return h;
    }

    private static int leafHash(Object x) {
        if (x instanceof MString s) {
            return stringHash(s);
        }
        if (x instanceof byte[] b) {
            return Arrays.hashCode(b);
        }
        return eqvHash(x);
    }

    /** Interned symbols and keywords hash by name so that hash values are the same from run to run. */
    private static int identity(Object x) {
        if (x instanceof Symbol s && s.interned) {
            return s.name.hashCode();
        }
        if (x instanceof Keyword k) {
            return k.name.hashCode() * 7;
        }
        if (x instanceof Boolean || x == null) {
            return x == Boolean.TRUE ? 1231 : 1237;
        }
        return System.identityHashCode(x);
    }
}
