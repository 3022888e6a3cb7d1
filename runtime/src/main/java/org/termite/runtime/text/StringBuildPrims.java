package org.termite.runtime.text;

import static org.termite.runtime.text.StringArgs.end;
import static org.termite.runtime.text.StringArgs.start;
import static org.termite.runtime.text.StringArgs.str;

import java.nio.charset.StandardCharsets;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.MStringBuilder;

/** Strings built from lists of strings, reversed, or encoded to and decoded from UTF-8 bytevectors. */
public final class StringBuildPrims {
    private StringBuildPrims() {}

    private static final MString SPACE = MString.of(" ");

    @Primitive("string-join")
    public static Object join(Object strings) {
        return join(strings, SPACE);
    }

    @Primitive("string-join")
    public static Object join(Object strings, Object separator) {
        MString sep = str("string-join", separator);
        Object[] parts = StringArgs.listElements("string-join", strings);
        long n = parts.length == 0 ? 0 : (long) sep.length() * (parts.length - 1);
        for (Object p : parts) {
            n += str("string-join", p).length();
        }
        checkedLength("string-join", n);
        MString[] pieces = new MString[Math.max(0, 2 * parts.length - 1)];
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pieces[2 * i - 1] = sep;
            }
            pieces[2 * i] = (MString) parts[i];
        }
        return MString.concat(pieces);
    }

    @Primitive("string-concatenate")
    public static Object concatenate(Object strings) {
        Object[] parts = StringArgs.listElements("string-concatenate", strings);
        for (Object p : parts) {
            str("string-concatenate", p);
        }
        return StringPrims.append(parts);
    }

    private static int checkedLength(String who, long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw SchemeError.error(who + ": result too long:", Long.valueOf(n));
        }
        return (int) n;
    }

    @Primitive("string-reverse")
    public static Object reverse(Object s) {
        MString m = str("string-reverse", s);
        MStringBuilder out = new MStringBuilder(m.length());
        for (int i = m.length() - 1; i >= 0; i--) {
            out.add(m.charAt(i));
        }
        return out.build();
    }

    @Primitive("string->utf8")
    public static Object toUtf8(Object s) {
        return toUtf8(s, null, null);
    }

    @Primitive("string->utf8")
    public static Object toUtf8(Object s, Object start) {
        return toUtf8(s, start, null);
    }

    /** Encoded by hand: Java's encoder would silently turn a stray surrogate into '?'. */
    @Primitive("string->utf8")
    public static Object toUtf8(Object s, Object start, Object end) {
        String who = "string->utf8";
        MString m = str(who, s);
        int from = start(who, start, m.length(), s);
        int to = end(who, end, from, m.length(), s);
        long n = 0;
        for (int i = from; i < to; i++) {
            int c = m.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        byte[] out = new byte[checkedLength(who, n)];
        int at = 0;
        for (int i = from; i < to; i++) {
            int c = m.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                out[at++] = (byte) (0xF0 | c >> 18);
                out[at++] = (byte) (0x80 | c >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return out;
    }

    @Primitive("utf8->string")
    public static Object fromUtf8(Object bv) {
        return fromUtf8(bv, null, null);
    }

    @Primitive("utf8->string")
    public static Object fromUtf8(Object bv, Object start) {
        return fromUtf8(bv, start, null);
    }

    /** Malformed sequences decode to U+FFFD, as data from a file or the network may be truncated. */
    @Primitive("utf8->string")
    public static Object fromUtf8(Object bv, Object start, Object end) {
        String who = "utf8->string";
        if (!(bv instanceof byte[] bytes)) {
            throw SchemeError.wrongType(who, "bytevector", bv);
        }
        int from = start(who, start, bytes.length, bv);
        int to = end(who, end, from, bytes.length, bv);
        return MString.of(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }
}
