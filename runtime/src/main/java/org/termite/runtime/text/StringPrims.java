package org.termite.runtime.text;

import static org.termite.runtime.text.StringArgs.ch;
import static org.termite.runtime.text.StringArgs.end;
import static org.termite.runtime.text.StringArgs.start;
import static org.termite.runtime.text.StringArgs.str;

import java.util.Arrays;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;

/**
 * Strings: construction, access, mutation, copying and conversion to and from lists and vectors. Every
 * procedure that returns a string returns a fresh one, since strings are mutable.
 */
public final class StringPrims {
    private StringPrims() {}

    @Primitive("string?")
    public static boolean isString(Object x) {
        return x instanceof MString;
    }

    @Primitive("string-null?")
    public static boolean isNull(Object s) {
        return str("string-null?", s).chars.length == 0;
    }

    @Primitive("make-string")
    public static Object makeString(Object k) {
        return makeString(k, SChar.of(' '));
    }

    @Primitive("make-string")
    public static Object makeString(Object k, Object fill) {
        int n = StringArgs.size("make-string", k);
        int c = ch("make-string", fill);
        int[] chars = new int[n];
        Arrays.fill(chars, c);
        return new MString(chars);
    }

    @Primitive("string")
    public static Object string(Object... chars) {
        int[] out = new int[chars.length];
        for (int i = 0; i < chars.length; i++) {
            out[i] = ch("string", chars[i]);
        }
        return new MString(out);
    }

    @Primitive("string-length")
    public static Object length(Object s) {
        return Long.valueOf(str("string-length", s).chars.length);
    }

    @Primitive("string-ref")
    public static Object ref(Object s, Object k) {
        if (s instanceof MString m && k instanceof Long l && l >= 0 && l < m.chars.length) {
            return SChar.of(m.chars[(int) (long) l]);
        }
        return SChar.of(str("string-ref", s).chars[elementIndex("string-ref", s, k)]);
    }

    @Primitive("string-set!")
    public static void set(Object s, Object k, Object c) {
        int[] chars = str("string-set!", s).chars;
        int i = elementIndex("string-set!", s, k);
        chars[i] = ch("string-set!", c);
    }

    /** An index of an existing character: {@code 0 <= k < length}. */
    private static int elementIndex(String who, Object s, Object k) {
        int[] chars = str(who, s).chars;
        int i = StringArgs.index(who, k, chars.length, s);
        if (i == chars.length) {
            throw SchemeError.outOfRange(who, k, s);
        }
        return i;
    }

    @Primitive("substring")
    public static Object substring(Object s, Object start) {
        return copyRange("substring", s, start, null);
    }

    @Primitive("substring")
    public static Object substring(Object s, Object start, Object end) {
        return copyRange("substring", s, start, end);
    }

    @Primitive("string-copy")
    public static Object copy(Object s) {
        return copyRange("string-copy", s, null, null);
    }

    @Primitive("string-copy")
    public static Object copy(Object s, Object start) {
        return copyRange("string-copy", s, start, null);
    }

    @Primitive("string-copy")
    public static Object copy(Object s, Object start, Object end) {
        return copyRange("string-copy", s, start, end);
    }

    private static MString copyRange(String who, Object s, Object start, Object end) {
        MString m = str(who, s);
        int from = start(who, start, m.chars.length, s);
        int to = end(who, end, from, m.chars.length, s);
        return StringArgs.copy(m, from, to);
    }

    @Primitive("string-append")
    public static Object append(Object... strings) {
        int n = 0;
        for (Object s : strings) {
            n += str("string-append", s).chars.length;
        }
        int[] out = new int[n];
        int at = 0;
        for (Object s : strings) {
            int[] chars = ((MString) s).chars;
            System.arraycopy(chars, 0, out, at, chars.length);
            at += chars.length;
        }
        return new MString(out);
    }

    @Primitive("string-copy!")
    public static void copyInto(Object to, Object at, Object from) {
        copyInto(to, at, from, null, null);
    }

    @Primitive("string-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start) {
        copyInto(to, at, from, start, null);
    }

    /** Overlapping source and destination are fine: arraycopy copies as if through a temporary. */
    @Primitive("string-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start, Object end) {
        String who = "string-copy!";
        int[] dst = str(who, to).chars;
        int[] src = str(who, from).chars;
        int s = start(who, start, src.length, from);
        int e = end(who, end, s, src.length, from);
        int a = StringArgs.index(who, at, dst.length, to);
        if ((long) a + (e - s) > dst.length) {
            throw SchemeError.outOfRange(who, at, to);
        }
        System.arraycopy(src, s, dst, a, e - s);
    }

    @Primitive("string-fill!")
    public static void fill(Object s, Object c) {
        fill(s, c, null, null);
    }

    @Primitive("string-fill!")
    public static void fill(Object s, Object c, Object start) {
        fill(s, c, start, null);
    }

    @Primitive("string-fill!")
    public static void fill(Object s, Object c, Object start, Object end) {
        String who = "string-fill!";
        int[] chars = str(who, s).chars;
        int v = ch(who, c);
        int from = start(who, start, chars.length, s);
        Arrays.fill(chars, from, end(who, end, from, chars.length, s), v);
    }

    @Primitive("string->list")
    public static Object toList(Object s) {
        return toList(s, null, null);
    }

    @Primitive("string->list")
    public static Object toList(Object s, Object start) {
        return toList(s, start, null);
    }

    @Primitive("string->list")
    public static Object toList(Object s, Object start, Object end) {
        String who = "string->list";
        int[] chars = str(who, s).chars;
        int from = start(who, start, chars.length, s);
        Object list = Nil.NIL;
        for (int i = end(who, end, from, chars.length, s) - 1; i >= from; i--) {
            list = new Pair(SChar.of(chars[i]), list);
        }
        return list;
    }

    @Primitive("list->string")
    public static Object fromList(Object list) {
        Object[] elements = StringArgs.listElements("list->string", list);
        int[] out = new int[elements.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ch("list->string", elements[i]);
        }
        return new MString(out);
    }

    @Primitive("string->vector")
    public static Object toVector(Object s) {
        return toVector(s, null, null);
    }

    @Primitive("string->vector")
    public static Object toVector(Object s, Object start) {
        return toVector(s, start, null);
    }

    @Primitive("string->vector")
    public static Object toVector(Object s, Object start, Object end) {
        String who = "string->vector";
        int[] chars = str(who, s).chars;
        int from = start(who, start, chars.length, s);
        int to = end(who, end, from, chars.length, s);
        Object[] v = new Object[to - from];
        for (int i = from; i < to; i++) {
            v[i - from] = SChar.of(chars[i]);
        }
        return v;
    }

    @Primitive("vector->string")
    public static Object fromVector(Object v) {
        return fromVector(v, null, null);
    }

    @Primitive("vector->string")
    public static Object fromVector(Object v, Object start) {
        return fromVector(v, start, null);
    }

    @Primitive("vector->string")
    public static Object fromVector(Object v, Object start, Object end) {
        String who = "vector->string";
        if (!(v instanceof Object[] elements)) {
            throw SchemeError.wrongType(who, "vector", v);
        }
        int from = start(who, start, elements.length, v);
        int to = end(who, end, from, elements.length, v);
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = ch(who, elements[i]);
        }
        return new MString(out);
    }

    @Primitive("object->string")
    public static Object objectToString(Object x) {
        return MString.of(Printer.toWriteString(x));
    }
}
