package org.termite.runtime.dist.discovery;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One node's announcement: the system (cluster name) it belongs to, its node id (which changes with every run, so it
 * is also the incarnation), the address it listens at, and when it was sent, with a random nonce; proved by an
 * HMAC-SHA256 keyed by the system's shared secret. The key is derived from the secret for beacons only, so a beacon
 * proof can never stand in for a handshake answer.
 *
 * <pre>
 * "TMTB" version(1) time-ms(8) nonce(8) cluster id address (each: length(1) UTF-8) HMAC(32)
 * </pre>
 *
 * Reading a datagram does bounded work: its length is checked first, the fields are read within it, and the HMAC is
 * computed once, over at most {@link #MAX_BYTES} bytes.
 */
public record Beacon(String cluster, String nodeId, String address, long timeMillis, long nonce) {
    static final int MAGIC = 0x544D5442;
    static final int VERSION = 1;
    static final int MAC_BYTES = 32;
    /** The largest beacon: three fields of at most 255 bytes each, the header and the proof. */
    public static final int MAX_BYTES = 4 + 1 + 8 + 8 + 3 * 256 + MAC_BYTES;
    static final int MIN_BYTES = 4 + 1 + 8 + 8 + 3 + MAC_BYTES;

    /** Why a datagram is not a beacon to act on; the message says it in words. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        public Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The key beacons are proved with, derived from the system's shared secret: HMAC(secret, "termite beacon"). */
    public static byte[] key(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
            return mac.doFinal("termite beacon".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The datagram for this beacon, proved with {@code key} (from {@link #key}). */
    public byte[] encode(byte[] key) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeByte(VERSION);
            out.writeLong(timeMillis);
            out.writeLong(nonce);
            field(out, cluster);
            field(out, nodeId);
            field(out, address);
            out.write(mac(key, bytes.toByteArray(), bytes.size()));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }

    private static void field(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 255) {
            throw new IllegalArgumentException("a beacon field is longer than 255 bytes: " + s);
        }
        out.writeByte(b.length);
        out.write(b);
    }

    /**
     * Reads a datagram of {@code length} bytes. {@code cluster}: a beacon of another system is rejected before its
     * proof is computed (its reason starts with {@link #OTHER_SYSTEM}, which callers need not report). {@code key}:
     * from {@link #key}.
     */
    public static Beacon decode(byte[] data, int length, String cluster, byte[] key) throws Rejected {
        if (length > MAX_BYTES) {
            throw new Rejected("oversized datagram (" + length + " bytes, a beacon has at most " + MAX_BYTES + ")");
        }
        if (length < MIN_BYTES) {
            throw new Rejected("truncated or not a beacon (" + length + " bytes)");
        }
        ByteBuffer in = ByteBuffer.wrap(data, 0, length - MAC_BYTES);
        if (in.getInt() != MAGIC) {
            throw new Rejected("not a Termite beacon (wrong magic number)");
        }
        int version = in.get() & 0xff;
        if (version != VERSION) {
            throw new Rejected("beacon version " + version + " is not " + VERSION);
        }
        long time = in.getLong();
        long nonce = in.getLong();
        String theirCluster = field(in);
        String id = field(in);
        String address = field(in);
        if (in.hasRemaining()) {
            throw new Rejected("malformed beacon: " + in.remaining() + " bytes after its fields");
        }
        if (!theirCluster.equals(cluster)) {
            throw new Rejected(OTHER_SYSTEM + " (" + theirCluster + ")");
        }
        byte[] proof = new byte[MAC_BYTES];
        System.arraycopy(data, length - MAC_BYTES, proof, 0, MAC_BYTES);
        if (!MessageDigest.isEqual(proof, mac(key, data, length - MAC_BYTES))) {
            throw new Rejected("wrong proof: the sender does not know this system's shared secret");
        }
        if (id.isEmpty() || address.lastIndexOf(':') <= 0) {
            throw new Rejected("malformed beacon: no node id or no host:port address");
        }
        return new Beacon(theirCluster, id, address, time, nonce);
    }

    /** The start of the reason for a beacon of another system. */
    public static final String OTHER_SYSTEM = "a beacon of another system";

    private static String field(ByteBuffer in) throws Rejected {
        if (!in.hasRemaining()) {
            throw new Rejected("truncated beacon");
        }
        int n = in.get() & 0xff;
        if (in.remaining() < n) {
            throw new Rejected("truncated beacon: a field of " + n + " bytes runs past its end");
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] mac(byte[] key, byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
