package org.termite.runtime.dist;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opening a connection between two nodes: each proves it knows the shared secret ({@link Cookie}) by answering the
 * other's random challenge with an HMAC-SHA256 of it, so the secret never crosses the wire and an answer cannot be
 * replayed. Both sides learn each other's node id and listening address.
 *
 * <pre>
 * initiator -> HELLO     magic, version, id, address, challenge A
 * acceptor  -> CHALLENGE id, address, challenge B, HMAC(secret, "acceptor" A ids)
 * initiator -> PROOF     HMAC(secret, "initiator" B ids), or REFUSED when it steps back
 * acceptor  -> WELCOME, or REFUSED with the reason
 * </pre>
 *
 * <p>Each side asks its node, at its last step before committing (the initiator before its proof, the acceptor
 * before its welcome), whether this connection may be the one between the two nodes; that settles two nodes
 * dialling each other at once (see {@link org.termite.runtime.dist.Peer#claimDial}).
 */
final class Handshake {
    private static final int MAGIC = 0x54524D54;
    private static final int VERSION = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Peer(String id, String address) {}

    /** Why a connection was not made; its message names the peer. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;
        final boolean duplicate;
        /** The node at that address is not the one asked for: another incarnation, restarted there. */
        final boolean otherNode;
        /** The node refused because it is connected to this one already (reached under another name). */
        boolean alreadyConnected;
        /** The refusing node's id, when the refusal came after it said who it is. */
        String peerId;

        Failed(String message, boolean duplicate) {
            this(message, duplicate, false);
        }

        Failed(String message, boolean duplicate, boolean otherNode) {
            super(message);
            this.duplicate = duplicate;
            this.otherNode = otherNode;
        }
    }

    /** What the acceptor asks before it welcomes a peer: a reason to refuse it, or null. */
    interface Admission {
        String refusal(String peerId, String peerAddress);
    }

    /** What the initiator asks once it knows whom it reached, before its proof: a reason to step back, or null. */
    interface Claim {
        String stepBack(String peerId, String peerAddress);
    }

    private Handshake() {}

    /**
     * Opens the handshake as the dialling side; {@code expectedId} is the node it means to reach ("" for whichever
     * listens there): a node restarted at that address is another node, and refuses before anything is settled.
     */
    static Peer initiate(DataInputStream in, DataOutputStream out, String localId, String localAddress, String target,
            String expectedId, Claim claim) throws IOException {
        byte[] mine = challenge();
        Wire.Payload hello = new Wire.Payload(Wire.HELLO);
        hello.out.writeInt(MAGIC);
        hello.out.writeInt(VERSION);
        hello.text(localId).text(localAddress).blob(mine).text(expectedId);
        send(out, hello.frame());
        Wire.Frame f = Wire.read(in, Wire.MAX_HANDSHAKE_FRAME);
        refusedOrExpect(f, Wire.CHALLENGE, target);
        DataInputStream d = f.data();
        String peerId = d.readUTF();
        String peerAddress = d.readUTF();
        byte[] theirs = Wire.blob(d);
        byte[] proof = Wire.blob(d);
        if (!MessageDigest.isEqual(proof, mac("acceptor", mine, localId, peerId))) {
            throw new Failed("the node at " + target + " does not know this system's shared secret", false);
        }
        String back = claim.stepBack(peerId, peerAddress);
        if (back != null) {
            refuse(out, back);
            Failed stepped = new Failed("stepped back from the node at " + target + ": " + back, true);
            stepped.peerId = peerId;
            throw stepped;
        }
        send(out, new Wire.Payload(Wire.PROOF).blob(mac("initiator", theirs, localId, peerId)).frame());
        try {
            refusedOrExpect(Wire.read(in, Wire.MAX_HANDSHAKE_FRAME), Wire.WELCOME, target);
        } catch (Failed refused) {
            refused.peerId = peerId;
            throw refused;
        }
        return new Peer(peerId, peerAddress);
    }

    static Peer accept(DataInputStream in, DataOutputStream out, String localId, String localAddress, String from,
            Admission admission) throws IOException {
        Wire.Frame f = Wire.read(in, Wire.MAX_HANDSHAKE_FRAME);
        DataInputStream d = f.data();
        if (f.type() != Wire.HELLO || d.available() < 8 || d.readInt() != MAGIC) {
            throw new Failed("a connection from " + from + " does not speak Termite's node protocol", false);
        }
        int version = d.readInt();
        if (version != VERSION) {
            refuse(out, "protocol version " + version + " is not " + VERSION);
            throw new Failed("the node at " + from + " speaks protocol version " + version + ", not " + VERSION, false);
        }
        String peerId = d.readUTF();
        String peerAddress = d.readUTF();
        byte[] theirs = Wire.blob(d);
        String expected = d.readUTF();
        if (!expected.isEmpty() && !expected.equals(localId)) {
            // the peer looks for an earlier incarnation of this node: its processes are gone
            refuse(out, OTHER_NODE + ": " + localId);
            throw new Failed(OTHER_NODE, false, true);
        }
        byte[] mine = challenge();
        send(out, new Wire.Payload(Wire.CHALLENGE).text(localId).text(localAddress).blob(mine)
                .blob(mac("acceptor", theirs, peerId, localId)).frame());
        Wire.Frame p = Wire.read(in, Wire.MAX_HANDSHAKE_FRAME);
        if (p.type() == Wire.REFUSED) {
            throw new Failed("the node at " + from + " stepped back: " + p.data().readUTF(), true);
        }
        if (p.type() != Wire.PROOF || !MessageDigest.isEqual(Wire.blob(p.data()), mac("initiator", mine, peerId, localId))) {
            refuse(out, "authentication failed: the nodes do not share a secret");
            throw new Failed("the node at " + from + " does not know this system's shared secret", false);
        }
        String refusal = admission.refusal(peerId, peerAddress);
        if (refusal != null) {
            refuse(out, refusal);
            throw new Failed(refusal, true);
        }
        send(out, new Wire.Payload(Wire.WELCOME).frame());
        return new Peer(peerId, peerAddress);
    }

    private static void refusedOrExpect(Wire.Frame f, int type, String target) throws IOException {
        if (f.type() == Wire.REFUSED) {
            String why = f.data().readUTF();
            Failed refused = new Failed("the node at " + target + " refused the connection: " + why,
                    why.startsWith(DUPLICATE), why.startsWith(OTHER_NODE));
            refused.alreadyConnected = why.startsWith(ALREADY_CONNECTED);
            throw refused;
        }
        if (f.type() != type) {
            throw new Failed("the node at " + target + " broke the handshake (frame " + f.type() + ")", false);
        }
    }

    /** The refusal of a node asked for by the id of another node that listened at its address before. */
    static final String OTHER_NODE = "another node listens here now";

    /**
     * The refusal of a second connection from a node already connected (it reached this one under another name, or
     * dialled as this one's connection to it was being made): the connection in use stays, and nothing in flight on
     * it is lost.
     */
    static final String ALREADY_CONNECTED = "already connected";

    /** The refusal that settles two nodes connecting to each other at once. */
    static final String DUPLICATE = "already connecting";

    /** A dial's step back when the frames it was made for went by another connection meanwhile. */
    static final String NOT_NEEDED = "no longer needed";

    private static void refuse(DataOutputStream out, String why) {
        try {
            send(out, new Wire.Payload(Wire.REFUSED).text(why).frame());
        } catch (IOException ignored) {
            // the refusal is a courtesy; the connection closes either way
        }
    }

    private static void send(DataOutputStream out, Wire.Frame f) throws IOException {
        Wire.write(out, f);
        out.flush();
    }

    private static byte[] challenge() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] mac(String role, byte[] challenge, String initiatorId, String acceptorId) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Cookie.secret(), "HmacSHA256"));
            mac.update(role.getBytes(StandardCharsets.UTF_8));
            mac.update(challenge);
            mac.update(initiatorId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(acceptorId.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IOException("HMAC-SHA256 is not available: " + e.getMessage(), e);
        }
    }
}
