package org.termite.runtime.value;

/** A character: any Unicode scalar value, including those outside the BMP. Latin-1 characters are cached. */
public final class SChar {
    private static final SChar[] CACHE = new SChar[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new SChar(i);
        }
    }

    public final int codePoint;

    private SChar(int codePoint) {
        this.codePoint = codePoint;
    }

    public static SChar of(int codePoint) {
        return codePoint >= 0 && codePoint < 256 ? CACHE[codePoint] : new SChar(codePoint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SChar c && c.codePoint == codePoint;
    }

    @Override
    public int hashCode() {
        return codePoint;
    }

    @Override
    public String toString() {
        return new String(Character.toChars(codePoint));
    }
}
