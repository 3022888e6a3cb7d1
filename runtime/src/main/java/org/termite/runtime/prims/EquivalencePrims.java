package org.termite.runtime.prims;

import java.math.BigInteger;
import java.util.Arrays;
import org.termite.runtime.MString;
import org.termite.runtime.Pair;
import org.termite.runtime.Primitive;
import org.termite.runtime.SChar;
import org.termite.runtime.SchemeError;
import org.termite.runtime.num.Ratnum;

/** eq?, eqv?, equal? and the boolean procedures. */
public final class EquivalencePrims {
    private EquivalencePrims() {}

    /**
     * Identity, except that exact integers in the long range and characters compare by value: they are
     * immediate (fixnums, chars) in Gambit, but boxed here and only partly cached by the JVM.
     */
    @Primitive("eq?")
    public static boolean isEq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x) {
            return b instanceof Long y && x.longValue() == y.longValue();
        }
        return a instanceof SChar c && b instanceof SChar e && c.codePoint == e.codePoint;
    }

    /** eq? plus numbers by value and exactness; flonums by bit pattern, so 0.0 and -0.0 differ and NaN = NaN. */
    @Primitive("eqv?")
    public static boolean isEqv(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x) {
            return b instanceof Long y && x.longValue() == y.longValue();
        }
        if (a instanceof SChar c) {
            return b instanceof SChar e && c.codePoint == e.codePoint;
        }
        if (a instanceof Double x) {
            return b instanceof Double y && Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
        }
        if (a instanceof BigInteger x) {
            return b instanceof BigInteger y && x.equals(y);
        }
        return a instanceof Ratnum x && x.equals(b);
    }

    /**
     * Structural equality over pairs, vectors, strings and bytevectors, eqv? elsewhere. The cdr direction is a
     * loop so long lists use constant JVM stack; only car and vector nesting recurse.
     */
    @Primitive("equal?")
    public static boolean isEqual(Object a, Object b) {
        while (true) {
            if (isEqv(a, b)) {
                return true;
            }
            if (a instanceof Pair p) {
                if (!(b instanceof Pair q) || !isEqual(p.car, q.car)) {
                    return false;
                }
                a = p.cdr;
                b = q.cdr;
            } else if (a instanceof Object[] v) {
                return b instanceof Object[] w && vectorsEqual(v, w);
            } else if (a instanceof MString s) {
                return b instanceof MString t && Arrays.equals(s.chars, t.chars);
            } else if (a instanceof byte[] x) {
                return b instanceof byte[] y && Arrays.equals(x, y);
            } else {
                return false;
            }
        }
    }

    private static boolean vectorsEqual(Object[] v, Object[] w) {
        if (v.length != w.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (!isEqual(v[i], w[i])) {
                return false;
            }
        }
        return true;
    }

    @Primitive("not")
    public static boolean not(Object x) {
        return x == Boolean.FALSE;
    }

    @Primitive("boolean?")
    public static boolean isBoolean(Object x) {
        return x instanceof Boolean;
    }

    @Primitive("boolean=?")
    public static boolean booleanEquals(Object a, Object b, Object... more) {
        boolean result = checkBoolean(a) == checkBoolean(b);
        for (Object x : more) {
            result &= checkBoolean(x) == a;
        }
        return result;
    }

    private static Object checkBoolean(Object x) {
        if (x instanceof Boolean) {
            return x;
        }
        throw SchemeError.wrongType("boolean=?", "boolean", x);
    }
}
