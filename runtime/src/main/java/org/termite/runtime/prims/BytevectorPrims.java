package org.termite.runtime.prims;

import java.util.Arrays;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/**
 * Bytevectors (byte[], elements read as 0..255), under both their R7RS names and Gambit's u8vector names.
 * Each name has its own method so that an error names the procedure the program called.
 */
public final class BytevectorPrims {
    private BytevectorPrims() {}

    @Primitive({"bytevector?", "u8vector?"})
    public static boolean isBytevector(Object x) {
        return x instanceof byte[];
    }

    @Primitive("make-bytevector")
    public static Object makeBytevector(Object k) {
        return new byte[SeqArgs.count("make-bytevector", k)];
    }

    @Primitive("make-bytevector")
    public static Object makeBytevector(Object k, Object fill) {
        return make("make-bytevector", k, fill);
    }

    @Primitive("make-u8vector")
    public static Object makeU8vector(Object k) {
        return new byte[SeqArgs.count("make-u8vector", k)];
    }

    @Primitive("make-u8vector")
    public static Object makeU8vector(Object k, Object fill) {
        return make("make-u8vector", k, fill);
    }

    private static byte[] make(String who, Object k, Object fill) {
        byte b = SeqArgs.byteValue(who, fill);
        byte[] v = new byte[SeqArgs.count(who, k)];
        Arrays.fill(v, b);
        return v;
    }

    @Primitive("bytevector")
    public static Object bytevector(Object... xs) {
        return of("bytevector", xs);
    }

    @Primitive("u8vector")
    public static Object u8vector(Object... xs) {
        return of("u8vector", xs);
    }

    private static byte[] of(String who, Object[] xs) {
        byte[] v = new byte[xs.length];
        for (int i = 0; i < xs.length; i++) {
            v[i] = SeqArgs.byteValue(who, xs[i]);
        }
        return v;
    }

    @Primitive("bytevector-length")
    public static Object bytevectorLength(Object v) {
        return (long) SeqArgs.bytevector("bytevector-length", v).length;
    }

    @Primitive("u8vector-length")
    public static Object u8vectorLength(Object v) {
        return (long) SeqArgs.bytevector("u8vector-length", v).length;
    }

    @Primitive("bytevector-u8-ref")
    public static Object bytevectorRef(Object v, Object k) {
        return ref("bytevector-u8-ref", v, k);
    }

    @Primitive("u8vector-ref")
    public static Object u8vectorRef(Object v, Object k) {
        return ref("u8vector-ref", v, k);
    }

    private static Object ref(String who, Object v, Object k) {
        byte[] a = SeqArgs.bytevector(who, v);
        return SeqArgs.octet(a[SeqArgs.index(who, k, a.length, v)]);
    }

    @Primitive("bytevector-u8-set!")
    public static void bytevectorSet(Object v, Object k, Object x) {
        set("bytevector-u8-set!", v, k, x);
    }

    @Primitive("u8vector-set!")
    public static void u8vectorSet(Object v, Object k, Object x) {
        set("u8vector-set!", v, k, x);
    }

    private static void set(String who, Object v, Object k, Object x) {
        byte[] a = SeqArgs.bytevector(who, v);
        a[SeqArgs.index(who, k, a.length, v)] = SeqArgs.byteValue(who, x);
    }

    @Primitive("bytevector-copy")
    public static Object bytevectorCopy(Object v) {
        return SeqArgs.bytevector("bytevector-copy", v).clone();
    }

    @Primitive("bytevector-copy")
    public static Object bytevectorCopy(Object v, Object start) {
        byte[] a = SeqArgs.bytevector("bytevector-copy", v);
        return Arrays.copyOfRange(a, SeqArgs.bound("bytevector-copy", start, a.length, v), a.length);
    }

    @Primitive("bytevector-copy")
    public static Object bytevectorCopy(Object v, Object start, Object end) {
        return slice("bytevector-copy", v, start, end);
    }

    @Primitive("u8vector-copy")
    public static Object u8vectorCopy(Object v) {
        return SeqArgs.bytevector("u8vector-copy", v).clone();
    }

    @Primitive("u8vector-copy")
    public static Object u8vectorCopy(Object v, Object start) {
        byte[] a = SeqArgs.bytevector("u8vector-copy", v);
        return Arrays.copyOfRange(a, SeqArgs.bound("u8vector-copy", start, a.length, v), a.length);
    }

    @Primitive("u8vector-copy")
    public static Object u8vectorCopy(Object v, Object start, Object end) {
        return slice("u8vector-copy", v, start, end);
    }

    @Primitive("subu8vector")
    public static Object subu8vector(Object v, Object start, Object end) {
        return slice("subu8vector", v, start, end);
    }

    private static byte[] slice(String who, Object v, Object start, Object end) {
        byte[] a = SeqArgs.bytevector(who, v);
        int s = SeqArgs.bound(who, start, a.length, v);
        return Arrays.copyOfRange(a, s, SeqArgs.end(who, end, s, a.length, v));
    }

    @Primitive("bytevector-copy!")
    public static void copyInto(Object to, Object at, Object from) {
        byte[] src = SeqArgs.bytevector("bytevector-copy!", from);
        copyInto(to, at, src, 0, src.length);
    }

    @Primitive("bytevector-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start) {
        byte[] src = SeqArgs.bytevector("bytevector-copy!", from);
        copyInto(to, at, src, SeqArgs.bound("bytevector-copy!", start, src.length, from), src.length);
    }

    @Primitive("bytevector-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start, Object end) {
        byte[] src = SeqArgs.bytevector("bytevector-copy!", from);
        int s = SeqArgs.bound("bytevector-copy!", start, src.length, from);
        copyInto(to, at, src, s, SeqArgs.end("bytevector-copy!", end, s, src.length, from));
    }

    /** Overlapping ranges of one bytevector are fine: System.arraycopy copies as if through a temporary. */
    private static void copyInto(Object to, Object at, byte[] src, int start, int end) {
        byte[] dst = SeqArgs.bytevector("bytevector-copy!", to);
        int a = SeqArgs.bound("bytevector-copy!", at, dst.length, to);
        if (dst.length - a < end - start) {
            throw SchemeError.outOfRange("bytevector-copy!", at, to);
        }
        System.arraycopy(src, start, dst, a, end - start);
    }

    @Primitive("bytevector-append")
    public static Object bytevectorAppend(Object... vs) {
        return append("bytevector-append", vs);
    }

    @Primitive("u8vector-append")
    public static Object u8vectorAppend(Object... vs) {
        return append("u8vector-append", vs);
    }

    private static byte[] append(String who, Object[] vs) {
        long total = 0;
        for (Object v : vs) {
            total += SeqArgs.bytevector(who, v).length;
        }
        byte[] r = new byte[SeqArgs.count(who, total)];
        int i = 0;
        for (Object v : vs) {
            byte[] a = (byte[]) v;
            System.arraycopy(a, 0, r, i, a.length);
            i += a.length;
        }
        return r;
    }

    @Primitive("u8vector->list")
    public static Object toList(Object v) {
        byte[] a = SeqArgs.bytevector("u8vector->list", v);
        return toList(a, 0, a.length);
    }

    @Primitive("u8vector->list")
    public static Object toList(Object v, Object start) {
        byte[] a = SeqArgs.bytevector("u8vector->list", v);
        return toList(a, SeqArgs.bound("u8vector->list", start, a.length, v), a.length);
    }

    @Primitive("u8vector->list")
    public static Object toList(Object v, Object start, Object end) {
        byte[] a = SeqArgs.bytevector("u8vector->list", v);
        int s = SeqArgs.bound("u8vector->list", start, a.length, v);
        return toList(a, s, SeqArgs.end("u8vector->list", end, s, a.length, v));
    }

    private static Object toList(byte[] a, int start, int end) {
        Object r = Nil.NIL;
        for (int i = end - 1; i >= start; i--) {
            r = new Pair(SeqArgs.octet(a[i]), r);
        }
        return r;
    }

    @Primitive("list->u8vector")
    public static Object fromList(Object list) {
        byte[] v = new byte[Lists.checkedLength("list->u8vector", list)];
        int i = 0;
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            v[i++] = SeqArgs.byteValue("list->u8vector", p.car);
        }
        return v;
    }

    @Primitive({"u8vector-fill!", "bytevector-fill!"})
    public static void fill(Object v, Object x) {
        Arrays.fill(SeqArgs.bytevector("u8vector-fill!", v), SeqArgs.byteValue("u8vector-fill!", x));
    }

    @Primitive({"u8vector-fill!", "bytevector-fill!"})
    public static void fill(Object v, Object x, Object start) {
        byte[] a = SeqArgs.bytevector("u8vector-fill!", v);
        fill(v, x, start, (long) a.length);
    }

    @Primitive({"u8vector-fill!", "bytevector-fill!"})
    public static void fill(Object v, Object x, Object start, Object end) {
        byte[] a = SeqArgs.bytevector("u8vector-fill!", v);
        byte b = SeqArgs.byteValue("u8vector-fill!", x);
        int s = SeqArgs.bound("u8vector-fill!", start, a.length, v);
        Arrays.fill(a, s, SeqArgs.end("u8vector-fill!", end, s, a.length, v), b);
    }
}
