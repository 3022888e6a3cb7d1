package org.termite.runtime.io;

import java.util.Arrays;

/** A growable array of code points, to build a string without boxing each character. */
final class IntBuffer {
    private int[] data;
    private int size;

    IntBuffer(int capacity) {
        data = new int[Math.max(capacity, 8)];
    }

    void add(int c) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = c;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
