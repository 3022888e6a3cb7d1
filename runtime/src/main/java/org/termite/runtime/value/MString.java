package org.termite.runtime.value;

import java.util.Arrays;

/**
 * A Scheme string: a mutable, fixed-length sequence of Unicode scalar values. Each character takes one
 * array slot, so string-ref and string-set! are constant-time even for characters outside the BMP.
 */
public final class MString {
    public int[] chars;

    public MString(int[] chars) {
        this.chars = chars;
    }

    public static MString of(String s) {
        return new MString(codePoints(s));
    }

    /**
     * The code points of a text. A loop, not {@code codePoints().toArray()}: the command line's strings are made at
     * start-up, and a program's first string port is read soon after, where a stream pipeline costs some twenty
     * classes and a spun lambda.
     */
    public static int[] codePoints(CharSequence s) {
        int n = s.length();
        int[] cps = new int[Character.codePointCount(s, 0, n)];
        for (int i = 0, j = 0; i < n; j++) {
            int c = Character.codePointAt(s, i);
            cps[j] = c;
            i += Character.charCount(c);
        }
        return cps;
    }

    public int length() {
        return chars.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MString m && Arrays.equals(m.chars, chars);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chars);
    }

    /** The characters as a Java string (not the written representation). */
    @Override
    public String toString() {
        return new String(chars, 0, chars.length);
    }
}
