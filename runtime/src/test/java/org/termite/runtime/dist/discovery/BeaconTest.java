package org.termite.runtime.dist.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeaconTest {
    private static final byte[] KEY = Beacon.key("secret".getBytes(StandardCharsets.UTF_8));
    private static final Beacon B = new Beacon("termite", "node-1f", "10.0.0.1:4000", 1_700_000_000_000L, 42);

    private static String rejection(byte[] data, int length, byte[] key) {
        return assertThrows(Beacon.Rejected.class, () -> Beacon.decode(data, length, "termite", key)).getMessage();
    }

    @Test
    void decode_readsWhatEncodeWrote() throws Exception {
        byte[] d = B.encode(KEY);
        assertEquals(B, Beacon.decode(d, d.length, "termite", KEY));
    }

    @Test
    void decode_wrongSecret_isAWrongProof() {
        byte[] d = B.encode(Beacon.key("other".getBytes(StandardCharsets.UTF_8)));
        assertTrue(rejection(d, d.length, KEY).startsWith("wrong proof"));
    }

    @Test
    void decode_otherCluster_isRejectedBeforeTheProof() {
        byte[] d = new Beacon("other", "n", "h:1", 1, 1).encode(Beacon.key(new byte[] {1}));
        assertTrue(rejection(d, d.length, KEY).startsWith(Beacon.OTHER_SYSTEM));
    }

    @Test
    void decode_everyTruncation_isRejectedWithAReason() {
        byte[] d = B.encode(KEY);
        for (int n = 0; n < d.length; n++) {
            String why = rejection(d, n, KEY);
            assertTrue(why.contains("truncated") || why.contains("wrong proof") || why.contains("malformed")
                    || why.contains("not a"), n + " bytes: " + why);
        }
    }

    @Test
    void decode_oversizedDatagram_isRejected() {
        byte[] big = new byte[Beacon.MAX_BYTES + 1];
        assertTrue(rejection(big, big.length, KEY).startsWith("oversized"));
    }

    @Test
    void decode_changedByte_isNeverAccepted() {
        byte[] d = B.encode(KEY);
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] m = d.clone();
            int at = r.nextInt(m.length);
            m[at] ^= (byte) (1 + r.nextInt(255));
            rejection(m, m.length, KEY);
        }
    }

    @Test
    void decode_randomGarbage_isRejectedWithAReason() {
        Random r = new Random(11);
        for (int i = 0; i < 2000; i++) {
            byte[] g = new byte[r.nextInt(Beacon.MAX_BYTES + 20)];
            r.nextBytes(g);
            if (i % 2 == 0 && g.length >= 4) {
                // past the magic number, into the fields
                g[0] = 0x54; g[1] = 0x4D; g[2] = 0x54; g[3] = 0x42;
            }
            assertTrue(!rejection(g, g.length, KEY).isEmpty());
        }
    }
}
