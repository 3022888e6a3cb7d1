package org.termite.runtime.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Scheme string: a mutable, fixed-length sequence of Unicode scalar values, indexed by code point, so that
 * string-ref and string-set! take constant time even for characters outside the BMP.
 *
 * <p>Stored as Java stores its own strings: one byte per character while every character is below 256 (Latin-1),
 * which is most strings a program makes, and one int per character once a character of 256 or above is stored.
 * The switch happens in place, once: a string that has inflated stays wide even when its wide characters are
 * overwritten, so equality, order and hashing compare characters, never representations. A string made from
 * code points (by the reader, a port, list->string, the decoder) is Latin-1 whenever its characters allow; one
 * copied from a wide string (substring, string-append) stays wide, since looking at every character to narrow
 * it would slow down the copy of the wide strings that do need four bytes a character.
 *
 * <p>Like a Java array, a string is not safe for concurrent mutation: a character stored by one thread while
 * another inflates the string may be lost. It never fails, though (see {@link #chars}).
 */
public final class MString {
    /**
     * A byte[] of Latin-1 characters or an int[] of code points; never null. One field rather than two, so that a
     * thread reading while another inflates the string sees one array or the other, never neither.
     */
    private Object chars;

    MString(Object chars) {
        this.chars = chars;
    }

    public static MString of(CharSequence s) {
        int n = s.length();
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 256) {
                return new MString(codePoints(s));
            }
            bytes[i] = (byte) c;
        }
        return new MString(bytes);
    }

    /**
     * The code points of a text. A loop, not {@code codePoints().toArray()}: the command line's strings are made at
     * start-up, and a program's first string port is read soon after, where a stream pipeline costs some twenty
     * classes and a spun lambda.
     */
    private static int[] codePoints(CharSequence s) {
        int n = s.length();
        int[] cps = new int[Character.codePointCount(s, 0, n)];
        for (int i = 0, j = 0; i < n; j++) {
            int c = Character.codePointAt(s, i);
            cps[j] = c;
            i += Character.charCount(c);
        }
        return cps;
    }

    /** A string of these code points. It may keep the array itself: the caller must not change it afterwards. */
    public static MString ofCodePoints(int[] cps) {
        return new MString(Latin1.fits(cps, 0, cps.length) ? Latin1.narrow(cps, 0, cps.length) : cps);
    }

    /** A string of the Latin-1 characters {@code bytes[from..to)} (copied). */
    public static MString ofLatin1(byte[] bytes, int from, int to) {
        return new MString(Arrays.copyOfRange(bytes, from, to));
    }

    /** A string of {@code n} copies of one character. */
    public static MString ofLength(int n, int fill) {
        if (fill < 256) {
            byte[] bytes = new byte[n];
            if (fill != 0) {
                Arrays.fill(bytes, (byte) fill);
            }
            return new MString(bytes);
        }
        int[] cps = new int[n];
        Arrays.fill(cps, fill);
        return new MString(cps);
    }

    /** A new string of the characters of {@code parts}, one after another. */
    public static MString concat(MString... parts) {
        int n = 0;
        boolean latin1 = true;
        for (MString p : parts) {
            Object c = p.chars;
            if (c instanceof byte[] b) {
                n += b.length;
            } else {
                n += ((int[]) c).length;
                latin1 = false;
            }
        }
        Object out = latin1 ? new byte[n] : new int[n];
        int at = 0;
        for (MString p : parts) {
            Object c = p.chars;
            int len = c instanceof byte[] b ? b.length : ((int[]) c).length;
            copy(c, 0, out, at, len);
            at += len;
        }
        return new MString(out);
    }

    /** Copies between any two representations; int[] into byte[] only where every character fits in a byte. */
    private static void copy(Object src, int from, Object dst, int at, int n) {
        if (src instanceof byte[] s) {
            if (dst instanceof byte[] d) {
                System.arraycopy(s, from, d, at, n);
            } else {
                Latin1.widen(s, from, (int[]) dst, at, n);
            }
        } else if (dst instanceof int[] d) {
            System.arraycopy(src, from, d, at, n);
        } else {
            Latin1.narrow((int[]) src, from, (byte[]) dst, at, n);
        }
    }

    public int length() {
        Object c = chars;
        return c instanceof byte[] b ? b.length : ((int[]) c).length;
    }

    /** The code point at {@code i}. */
    public int charAt(int i) {
        Object c = chars;
        return c instanceof byte[] b ? b[i] & 0xFF : ((int[]) c)[i];
    }

    /** Stores a code point at {@code i}, inflating the string if it is Latin-1 and the character is not. */
    public void set(int i, int cp) {
        Object c = chars;
        if (c instanceof byte[] b) {
            if (cp < 256) {
                b[i] = (byte) cp;
                return;
            }
            Objects.checkIndex(i, b.length);
            c = inflate();
        }
        ((int[]) c)[i] = cp;
    }

    /** True while every character is stored in a byte. */
    public boolean isLatin1() {
        return chars instanceof byte[];
    }

    private int[] inflate() {
        Object c = chars;
        if (c instanceof int[] w) {
            return w;
        }
        byte[] b = (byte[]) c;
        int[] w = Latin1.widen(b, 0, b.length, b.length);
        chars = w;
        return w;
    }

    /** A new string of the characters {@code [from..to)}. */
    public MString substring(int from, int to) {
        Object c = chars;
        if (c instanceof byte[] b) {
            return new MString(Arrays.copyOfRange(b, from, to));
        }
        return new MString(Arrays.copyOfRange((int[]) c, from, to));
    }

    public MString copy() {
        return substring(0, length());
    }

    /**
     * string-copy!: copies the characters {@code [from..to)} into {@code dst} at {@code at}, inflating {@code dst}
     * only if a character copied needs it. The same string as source and destination is fine: the copy is made
     * as if through a temporary.
     */
    public void copyTo(int from, int to, MString dst, int at) {
        int n = to - from;
        Object s = chars;
        Object d = dst.chars;
        if (n > 0 && s instanceof int[] w && d instanceof byte[] && !Latin1.fits(w, from, to)) {
            d = dst.inflate();
        }
        copy(s, from, d, at, n);
    }

    /** Stores {@code cp} at every index of {@code [from..to)}; an empty range never inflates the string. */
    public void fill(int from, int to, int cp) {
        Object c = chars;
        if (c instanceof int[] w) {
            Arrays.fill(w, from, to, cp);
        } else if (cp < 256) {
            Arrays.fill((byte[]) c, from, to, (byte) cp);
        } else if (from < to) {
            Objects.checkFromToIndex(from, to, length());
            Arrays.fill(inflate(), from, to, cp);
        }
    }

    /** Do {@code n} characters from {@code from} equal those of {@code other} from {@code otherFrom}? */
    public boolean regionMatches(int from, MString other, int otherFrom, int n) {
        Object a = chars;
        Object b = other.chars;
        if (a instanceof byte[] x) {
            return b instanceof byte[] y
                    ? Arrays.equals(x, from, from + n, y, otherFrom, otherFrom + n)
                    : Latin1.equal(x, from, (int[]) b, otherFrom, n);
        }
        int[] x = (int[]) a;
        return b instanceof int[] y
                ? Arrays.equals(x, from, from + n, y, otherFrom, otherFrom + n)
                : Latin1.equal((byte[]) b, otherFrom, x, from, n);
    }

    /** The first index of {@code cp} in {@code [from..to)}, or -1. */
    public int indexOf(int cp, int from, int to) {
        Object c = chars;
        return c instanceof byte[] b ? Latin1.indexOf(b, cp, from, to) : Latin1.indexOf((int[]) c, cp, from, to);
    }

    /** The first index at or after {@code from} where {@code pattern} occurs, or -1. */
    public int indexOf(MString pattern, int from) {
        int m = pattern.length();
        int last = length() - m;
        if (m == 0) {
            return from <= last ? from : -1;
        }
        int first = pattern.charAt(0);
        for (int i = from; i <= last; i++) {
            i = indexOf(first, i, last + 1);
            if (i < 0) {
                return -1;
            }
            if (regionMatches(i + 1, pattern, 1, m - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** Lexicographic order by code point: negative, zero or positive. */
    public int compareTo(MString other) {
        Object a = chars;
        Object b = other.chars;
        if (a instanceof byte[] x) {
            return b instanceof byte[] y ? Arrays.compareUnsigned(x, y) : Latin1.compare(x, (int[]) b);
        }
        return b instanceof int[] y ? Arrays.compare((int[]) a, y) : -Latin1.compare((byte[]) b, (int[]) a);
    }

    /** The code points of {@code [from..to)} in a new array. */
    public int[] codePoints(int from, int to) {
        Object c = chars;
        return c instanceof byte[] b ? Latin1.widen(b, from, to, to - from) : Arrays.copyOfRange((int[]) c, from, to);
    }

    /** Appends the characters {@code [from..to)} to {@code out}. */
    public void appendTo(StringBuilder out, int from, int to) {
        Object c = chars;
        if (c instanceof byte[] b) {
            // Past a few characters, one bulk copy into a Latin-1 String and one into the builder beat a call
            // per character.
            if (to - from > 16) {
                out.append(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
            } else {
                for (int i = from; i < to; i++) {
                    out.append((char) (b[i] & 0xFF));
                }
            }
        } else {
            int[] w = (int[]) c;
            for (int i = from; i < to; i++) {
                out.appendCodePoint(w[i]);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MString m)) {
            return false;
        }
        Object a = chars;
        Object b = m.chars;
        if (a instanceof byte[] x) {
            return b instanceof byte[] y ? Arrays.equals(x, y) : sameLengthAndChars(x, (int[]) b);
        }
        return b instanceof int[] y ? Arrays.equals((int[]) a, y) : sameLengthAndChars((byte[]) b, (int[]) a);
    }

    private static boolean sameLengthAndChars(byte[] a, int[] b) {
        return a.length == b.length && Latin1.equal(a, 0, b, 0, a.length);
    }

    @Override
    public int hashCode() {
        Object c = chars;
        return c instanceof byte[] b ? Latin1.hash(b) : Latin1.hash((int[]) c);
    }

    /** The characters as a Java string (not the written representation). */
    @Override
    public String toString() {
        return toString(0, length());
    }

    /** The characters {@code [from..to)} as a Java string. */
    public String toString(int from, int to) {
        Object c = chars;
        return c instanceof byte[] b
                ? new String(b, from, to - from, StandardCharsets.ISO_8859_1)
                : new String((int[]) c, from, to - from);
    }
}
