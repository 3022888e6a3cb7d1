package org.termite.runtime.value;

import java.util.Arrays;

/**
 * Collects the characters of a new string one at a time, for the reader, ports, list->string and the like: in a
 * byte array until a character of 256 or above arrives, then in an int array, so that the string it builds is
 * Latin-1 whenever it can be without a second pass over the characters.
 */
public final class MStringBuilder {
    /** The characters so far while all are below 256, then null. */
    private byte[] latin1;
    /** The characters so far once one is 256 or above, else null. */
    private int[] wide;
    private int size;

    public MStringBuilder(int capacity) {
        latin1 = new byte[capacity];
    }

    public void add(int cp) {
        if (latin1 != null) {
            if (cp < 256) {
                if (size == latin1.length) {
                    latin1 = Arrays.copyOf(latin1, grown());
                }
                latin1[size++] = (byte) cp;
                return;
            }
            wide = Latin1.widen(latin1, 0, size, size == latin1.length ? grown() : latin1.length);
            latin1 = null;
        }
        if (size == wide.length) {
            wide = Arrays.copyOf(wide, grown());
        }
        wide[size++] = cp;
    }

    private int grown() {
        return Math.max(8, size * 2);
    }

    public int size() {
        return size;
    }

    /** The string of the characters added; the builder is not to be used afterwards. */
    public MString build() {
        if (latin1 != null) {
            return new MString(size == latin1.length ? latin1 : Arrays.copyOf(latin1, size));
        }
        return new MString(size == wide.length ? wide : Arrays.copyOf(wide, size));
    }
}
