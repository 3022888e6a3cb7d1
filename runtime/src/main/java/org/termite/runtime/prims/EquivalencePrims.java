package org.termite.runtime.prims;

import java.math.BigInteger;
import java.util.Arrays;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.num.Ratnum;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;

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
        return (a instanceof Ratnum || a instanceof org.termite.runtime.num.Complex
                || a instanceof org.termite.runtime.value.EqvByValue) && a.equals(b);
    }

    private static final int NOT_EQUAL = -1;
    private static final int GAVE_UP = -2;
    /** Nodes the plain walk may visit before equal? assumes the data may be circular. */
    private static final int WALK_BUDGET = 100_000;
    /** Nesting (through cars and vector elements) the plain walk may recurse into on the JVM stack. */
    private static final int WALK_DEPTH = 1_000;

    /**
     * Structural equality over pairs, vectors, strings and bytevectors, eqv? elsewhere. A plain walk answers
     * for ordinary data; past a node budget the data may be circular (R7RS requires equal? to terminate on
     * it), so the comparison restarts with {@link EquivalenceGraph}, which also uses no JVM stack.
     */
    @Primitive("equal?")
    public static boolean isEqual(Object a, Object b) {
        int r = walk(a, b, WALK_BUDGET, 0);
        return r == GAVE_UP ? EquivalenceGraph.equal(a, b) : r != NOT_EQUAL;
    }

    /** The budget left when a and b are equal, NOT_EQUAL, or GAVE_UP when the budget or the depth ran out. */
    private static int walk(Object a, Object b, int budget, int depth) {
        if (depth > WALK_DEPTH) {
            return GAVE_UP;
        }
        while (true) {
            if (--budget < 0) {
                return GAVE_UP;
            }
            if (isEqv(a, b)) {
                return budget;
            }
            if (a instanceof Pair p) {
                if (!(b instanceof Pair q)) {
                    return NOT_EQUAL;
                }
                budget = walk(p.car, q.car, budget, depth + 1);
                if (budget < 0) {
                    return budget;
                }
                a = p.cdr;
                b = q.cdr;
            } else if (a instanceof Object[] v) {
                if (!(b instanceof Object[] w) || v.length != w.length) {
                    return NOT_EQUAL;
                }
                for (int i = 0; i < v.length && budget >= 0; i++) {
                    budget = walk(v[i], w[i], budget, depth + 1);
                }
                return budget;
            } else {
                return leavesEqual(a, b) ? budget : NOT_EQUAL;
            }
        }
    }

    /** equal? on everything but pairs and vectors. */
    static boolean leavesEqual(Object a, Object b) {
        if (a instanceof MString s) {
            return b instanceof MString t && s.equals(t);
        }
        if (a instanceof byte[] x) {
            return b instanceof byte[] y && Arrays.equals(x, y);
        }
        return isEqv(a, b);
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
