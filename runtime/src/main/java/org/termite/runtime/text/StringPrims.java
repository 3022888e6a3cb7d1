package org.termite.runtime.text;

import static org.termite.runtime.text.StringArgs.ch;
import static org.termite.runtime.text.StringArgs.end;
import static org.termite.runtime.text.StringArgs.start;
import static org.termite.runtime.text.StringArgs.str;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.MStringBuilder;
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
        return str("string-null?", s).length() == 0;
    }

    @Primitive("make-string")
    public static Object makeString(Object k) {
        return makeString(k, SChar.of(' '));
    }

    @Primitive("make-string")
    public static Object makeString(Object k, Object fill) {
        int n = StringArgs.size("make-string", k);
        return MString.ofLength(n, ch("make-string", fill));
    }

    @Primitive("string")
    public static Object string(Object... chars) {
        MStringBuilder out = new MStringBuilder(chars.length);
        for (Object c : chars) {
            out.add(ch("string", c));
        }
        return out.build();
    }

    @Primitive("string-length")
    public static Object length(Object s) {
        return Long.valueOf(str("string-length", s).length());
    }

    @Primitive("string-ref")
    public static Object ref(Object s, Object k) {
        if (s instanceof MString m && k instanceof Long l && l >= 0 && l < m.length()) {
            return SChar.of(m.charAt((int) (long) l));
        }
        return SChar.of(str("string-ref", s).charAt(elementIndex("string-ref", s, k)));
    }

    @Primitive("string-set!")
    public static void set(Object s, Object k, Object c) {
        MString m = str("string-set!", s);
        int i = elementIndex("string-set!", s, k);
        m.set(i, ch("string-set!", c));
    }

    /** An index of an existing character: {@code 0 <= k < length}. */
    private static int elementIndex(String who, Object s, Object k) {
        int length = str(who, s).length();
        int i = StringArgs.index(who, k, length, s);
        if (i == length) {
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
        int from = start(who, start, m.length(), s);
        int to = end(who, end, from, m.length(), s);
        return m.substring(from, to);
    }

    @Primitive("string-append")
    public static Object append(Object... strings) {
        MString[] parts = new MString[strings.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = str("string-append", strings[i]);
        }
        return MString.concat(parts);
    }

    @Primitive("string-copy!")
    public static void copyInto(Object to, Object at, Object from) {
        copyInto(to, at, from, null, null);
    }

    @Primitive("string-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start) {
        copyInto(to, at, from, start, null);
    }

    /** Overlapping source and destination are fine: the copy is made as if through a temporary. */
    @Primitive("string-copy!")
    public static void copyInto(Object to, Object at, Object from, Object start, Object end) {
        String who = "string-copy!";
        MString dst = str(who, to);
        MString src = str(who, from);
        int s = start(who, start, src.length(), from);
        int e = end(who, end, s, src.length(), from);
        int a = StringArgs.index(who, at, dst.length(), to);
        if ((long) a + (e - s) > dst.length()) {
            throw SchemeError.outOfRange(who, at, to);
        }
        src.copyTo(s, e, dst, a);
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
        MString m = str(who, s);
        int v = ch(who, c);
        int from = start(who, start, m.length(), s);
        m.fill(from, end(who, end, from, m.length(), s), v);
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
        MString m = str(who, s);
        int from = start(who, start, m.length(), s);
        Object list = Nil.NIL;
        for (int i = end(who, end, from, m.length(), s) - 1; i >= from; i--) {
            list = new Pair(SChar.of(m.charAt(i)), list);
        }
        return list;
    }

    @Primitive("list->string")
    public static Object fromList(Object list) {
        Object[] elements = StringArgs.listElements("list->string", list);
        MStringBuilder out = new MStringBuilder(elements.length);
        for (Object c : elements) {
            out.add(ch("list->string", c));
        }
        return out.build();
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
        MString m = str(who, s);
        int from = start(who, start, m.length(), s);
        int to = end(who, end, from, m.length(), s);
        Object[] v = new Object[to - from];
        for (int i = from; i < to; i++) {
            v[i - from] = SChar.of(m.charAt(i));
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
        MStringBuilder out = new MStringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.add(ch(who, elements[i]));
        }
        return out.build();
    }

    @Primitive("object->string")
    public static Object objectToString(Object x) {
        return MString.of(Printer.toWriteString(x));
    }
}
