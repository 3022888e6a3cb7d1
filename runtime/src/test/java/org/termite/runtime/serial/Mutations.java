package org.termite.runtime.serial;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Inputs for fuzzing the decoder: valid streams changed in the ways corrupted or hostile bytes differ. */
final class Mutations {
    private static final int[] INTERESTING = {0, 1, 2, 3, 0x7F, 0x80, 0xFF, SerialFormat.MAGIC, SerialFormat.REF,
            SerialFormat.CODE_NEW, SerialFormat.CODE_SEEN, SerialFormat.FRAME, SerialFormat.CONTINUATION};

    private Mutations() {}

    static byte[] next(Random r, List<byte[]> seeds, int i) {
        byte[] seed = seeds.get(r.nextInt(seeds.size()));
        switch (i % 8) {
            case 0: // random bytes, sometimes behind a valid format header
                byte[] b = new byte[r.nextInt(48)];
                r.nextBytes(b);
                if (b.length >= 2 && r.nextBoolean()) {
                    b[0] = (byte) SerialFormat.MAGIC;
                    b[1] = (byte) SerialFormat.VERSION;
                }
                return b;
            case 1: // truncated
                return Arrays.copyOf(seed, r.nextInt(seed.length + 1));
            case 2: // bytes inserted
                return insert(r, seed, 1 + r.nextInt(4));
            case 3: // a stream spliced onto another
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int cut = r.nextInt(seed.length + 1);
                int from = r.nextInt(other.length + 1);
                byte[] s = Arrays.copyOf(seed, cut + other.length - from);
                System.arraycopy(other, from, s, cut, other.length - from);
                return s;
            default: // a few bytes changed, after the format header most of the time
                byte[] m = seed.clone();
                int changes = 1 + r.nextInt(3);
                for (int k = 0; k < changes; k++) {
                    int at = m.length <= 2 || r.nextInt(10) == 0 ? r.nextInt(m.length) : 2 + r.nextInt(m.length - 2);
                    m[at] = r.nextBoolean() ? (byte) (m[at] ^ (1 << r.nextInt(8)))
                            : (byte) INTERESTING[r.nextInt(INTERESTING.length)];
                }
                return m;
        }
    }

    private static byte[] insert(Random r, byte[] seed, int n) {
        int at = r.nextInt(seed.length + 1);
        byte[] m = new byte[seed.length + n];
        System.arraycopy(seed, 0, m, 0, at);
        for (int k = 0; k < n; k++) {
            m[at + k] = (byte) INTERESTING[r.nextInt(INTERESTING.length)];
        }
        System.arraycopy(seed, at, m, at + n, seed.length - at);
        return m;
    }
}
