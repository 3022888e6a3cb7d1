package org.termite.runtime.prims;

import java.util.Arrays;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/** Vectors (Object[]): R7RS plus Gambit's subvector and vector-grow. Ranges are [start, end) as in R7RS. */
public final class VectorPrims {
    private static final Long ZERO = 0L;

    private VectorPrims() {}

    @Primitive("vector?")
    public static boolean isVector(Object x) {
        return x instanceof Object[];
    }

    /** Gambit fills with 0 when no fill is given. */
    @Primitive("make-vector")
    public static Object makeVector(Object k) {
        return makeVector(k, ZERO);
    }

    @Primitive("make-vector")
    public static Object makeVector(Object k, Object fill) {
        Object[] v = new Object[SeqArgs.count("make-vector", k)];
        ObjectArrayFill.fill(v, fill);
        return v;
    }

    /** A copy: the argument array may belong to the caller. */
    @Primitive("vector")
    public static Object vector(Object... xs) {
        return xs.clone();
    }

    @Primitive("vector-length")
    public static Object vectorLength(Object v) {
        return (long) SeqArgs.vector("vector-length", v).length;
    }

    @Primitive("vector-ref")
    public static Object vectorRef(Object v, Object k) {
        Object[] a = SeqArgs.vector("vector-ref", v);
        return a[SeqArgs.index("vector-ref", k, a.length, v)];
    }

    @Primitive("vector-set!")
    public static void vectorSet(Object v, Object k, Object x) {
        Object[] a = SeqArgs.vector("vector-set!", v);
        a[SeqArgs.index("vector-set!", k, a.length, v)] = x;
    }

    @Primitive("vector->list")
    public static Object toList(Object v) {
        Object[] a = SeqArgs.vector("vector->list", v);
        return toList(a, 0, a.length);
    }

    @Primitive("vector->list")
    public static Object toList(Object v, Object start) {
        Object[] a = SeqArgs.vector("vector->list", v);
        return toList(a, SeqArgs.bound("vector->list", start, a.length, v), a.length);
    }

    @Primitive("vector->list")
    public static Object toList(Object v, Object start, Object end) {
        Object[] a = SeqArgs.vector("vector->list", v);
        int s = SeqArgs.bound("vector->list", start, a.length, v);
        return toList(a, s, SeqArgs.end("vector->list", end, s, a.length, v));
    }

    private static Object toList(Object[] a, int start, int end) {
        Object r = Nil.NIL;
        for (int i = end - 1; i >= start; i--) {
            r = new Pair(a[i], r);
        }
        return r;
    }

    @Primitive("list->vector")
    public static Object fromList(Object list) {
        Object[] v = new Object[Lists.checkedLength("list->vector", list)];
        int i = 0;
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            v[i++] = p.car;
        }
        return v;
    }

    @Primitive("vector-fill!")
    public static void fill(Object v, Object x) {
        ObjectArrayFill.fill(SeqArgs.vector("vector-fill!", v), x);
    }

    @Primitive("vector-fill!")
    public static void fill(Object v, Object x, Object start) {
        Object[] a = SeqArgs.vector("vector-fill!", v);
        ObjectArrayFill.fill(a, SeqArgs.bound("vector-fill!", start, a.length, v), a.length, x);
    }

    @Primitive("vector-fill!")
    public static void fill(Object v, Object x, Object start, Object end) {
        Object[] a = SeqArgs.vector("vector-fill!", v);
        int s = SeqArgs.bound("vector-fill!", start, a.length, v);
        ObjectArrayFill.fill(a, s, SeqArgs.end("vector-fill!", end, s, a.length, v), x);
    }

    @Primitive("vector-copy")
    public static Object copy(Object v) {
        return SeqArgs.vector("vector-copy", v).clone();
    }

    @Primitive("vector-copy")
    public static Object copy(Object v, Object start) {
        Object[] a = SeqArgs.vector("vector-copy", v);
        return Arrays.copyOfRange(a, SeqArgs.bound("vector-copy", start, a.length, v), a.length);
    }

    @Primitive("vector-copy")
    public static Object copy(Object v, Object start, Object end) {
        return slice("vector-copy", v, start, end);
    }

    @Primitive("subvector")
    public static Object subvector(Object v, Object start, Object end) {
        return slice("subvector", v, start, end);
    }

    private static Object[] slice(String who, Object v, Object start, Object end) {
        Object[] a = SeqArgs.vector(who, v);
        int s = SeqArgs.bound(who, start, a.length, v);
        return Arrays.copyOfRange(a, s, SeqArgs.end(who, end, s, a.length, v));
    }

    @Primitive("vector-copy!")
    public static void copyInto(Object to, Object at, Object from) {
        Object[] src = SeqArgs.vector("vector-copy!", from);
        copyInto(to, at, src, 0, src.length);
    }

    @Primitive("vector-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start) {
        Object[] src = SeqArgs.vector("vector-copy!", from);
        copyInto(to, at, src, SeqArgs.bound("vector-copy!", start, src.length, from), src.length);
    }

    @Primitive("vector-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start, Object end) {
        Object[] src = SeqArgs.vector("vector-copy!", from);
        int s = SeqArgs.bound("vector-copy!", start, src.length, from);
        copyInto(to, at, src, s, SeqArgs.end("vector-copy!", end, s, src.length, from));
    }

    /** System.arraycopy copies as if through a temporary, so overlapping ranges of one vector are fine. */
    private static void copyInto(Object to, Object at, Object[] src, int start, int end) {
        Object[] dst = SeqArgs.vector("vector-copy!", to);
        int n = end - start;
        int a = SeqArgs.bound("vector-copy!", at, dst.length, to);
        if (dst.length - a < n) {
            throw SchemeError.outOfRange("vector-copy!", at, to);
        }
        System.arraycopy(src, start, dst, a, n);
    }

    @Primitive("vector-append")
    public static Object append(Object... vs) {
        long total = 0;
        for (Object v : vs) {
            total += SeqArgs.vector("vector-append", v).length;
        }
        Object[] r = new Object[SeqArgs.count("vector-append", total)];
        int i = 0;
        for (Object v : vs) {
            Object[] a = (Object[]) v;
            System.arraycopy(a, 0, r, i, a.length);
            i += a.length;
        }
        return r;
    }

    /** Gambit: a longer copy; the new elements are 0, like make-vector's default fill. */
    @Primitive("vector-grow")
    public static Object grow(Object v, Object k) {
        Object[] a = SeqArgs.vector("vector-grow", v);
        int n = SeqArgs.count("vector-grow", k);
        if (n < a.length) {
            throw SchemeError.outOfRange("vector-grow", k, v);
        }
        Object[] r = Arrays.copyOf(a, n);
        ObjectArrayFill.fill(r, a.length, n, ZERO);
        return r;
    }
}
