package org.termite.runtime.value;

/**
 * The loops MString needs where its two representations meet: Latin-1 byte arrays (each byte an unsigned
 * character below 256) and arrays of code points. Where both sides have the same representation, MString uses
 * {@code System.arraycopy} and {@code java.util.Arrays} instead, which the JVM runs as vectorized intrinsics.
 */
final class Latin1 {
    private Latin1() {}

    /**
     * True when every code point of {@code cps[from..to)} is below 256. Checked a block at a time: the or-ing loop
     * over a block vectorizes, and a wide character early in a long range ends the scan early.
     */
    static boolean fits(int[] cps, int from, int to) {
        for (int i = from; i < to; ) {
            int blockEnd = Math.min(to, i + 256);
            int all = 0;
            for (; i < blockEnd; i++) {
                all |= cps[i];
            }
            if (all >>> 8 != 0) {
                return false;
            }
        }
        return true;
    }

    /** The code points {@code cps[from..to)}, which must all be below 256, as Latin-1 bytes. */
    static byte[] narrow(int[] cps, int from, int to) {
        byte[] out = new byte[to - from];
        narrow(cps, from, out, 0, out.length);
        return out;
    }

    static void narrow(int[] src, int from, byte[] dst, int at, int n) {
        for (int i = 0; i < n; i++) {
            dst[at + i] = (byte) src[from + i];
        }
    }

    /** Latin-1 bytes as code points, in an array of {@code capacity} slots (at least {@code to - from}). */
    static int[] widen(byte[] bytes, int from, int to, int capacity) {
        int[] out = new int[capacity];
        widen(bytes, from, out, 0, to - from);
        return out;
    }

    static void widen(byte[] src, int from, int[] dst, int at, int n) {
        for (int i = 0; i < n; i++) {
            dst[at + i] = src[from + i] & 0xFF;
        }
    }

    static boolean equal(byte[] a, int aFrom, int[] b, int bFrom, int n) {
        for (int i = 0; i < n; i++) {
            if ((a[aFrom + i] & 0xFF) != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** Lexicographic order by code point, as {@code Arrays.compare}: negative, zero or positive. */
    static int compare(byte[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int d = Integer.compare(a[i] & 0xFF, b[i]);
            if (d != 0) {
                return d;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /**
     * {@code Arrays.hashCode} of the code points, whichever the representation, so that a Latin-1 string and a wide
     * one with the same characters hash alike (and alike with the hashes of earlier builds, which held code points).
     */
    static int hash(byte[] bytes) {
        int h = 1;
        for (byte b : bytes) {
            h = 31 * h + (b & 0xFF);
        }
        return h;
    }

    static int hash(int[] cps) {
        int h = 1;
        for (int c : cps) {
            h = 31 * h + c;
        }
        return h;
    }

    static int indexOf(byte[] bytes, int c, int from, int to) {
        if (c >>> 8 != 0) {
            return -1;
        }
        byte b = (byte) c;
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(int[] cps, int c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cps[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
