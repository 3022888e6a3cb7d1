package org.termite.runtime.dist;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.termite.runtime.serial.ObjectCodec;

/**
 * The frames nodes exchange: a 4-byte length, then a type byte and the payload. A length past {@link #MAX_FRAME}
 * or a type this node does not know ends the connection with an error naming the peer; it never reaches Scheme.
 */
final class Wire {
    static final int MAX_FRAME = 64 << 20;

    // Handshake.
    static final int HELLO = 1;
    static final int CHALLENGE = 2;
    static final int PROOF = 3;
    static final int WELCOME = 4;
    static final int REFUSED = 5;
    // Established connection.
    static final int HEARTBEAT = 10;
    static final int SEND = 11;
    static final int SPAWN = 12;
    static final int SPAWNED = 13;
    static final int SPAWN_FAILED = 14;
    static final int LINK = 15;
    static final int UNLINK = 16;
    static final int EXIT = 17;
    static final int MONITOR = 18;
    static final int DEMONITOR = 19;
    static final int DOWN = 20;
    static final int TERMINATE = 21;
    static final int MIGRATE = 22;
    static final int SEND_TO = 23;
    static final int MIGRATED = 24;
    static final int MIGRATE_FAILED = 25;
    /** How many bytes the sender of this frame has read from the connection so far (flow control). */
    static final int ACK = 26;
    /** A piece of a frame too large to go whole, interleaved with other frames (see Outbox and Reassembly). */
    static final int CHUNK = 27;
    /** A request for compiled code the sender of a frame named and this node lacks (see CodeExchange). */
    static final int CODE_REQUEST = 40;
    /** The answer: class files and the definitions they use. */
    static final int CODE = 41;

    private Wire() {}

    /**
     * A frame: its type, and its payload, which is {@code payload} followed by the pieces of {@code more}, if any
     * (each from its array's start to its limit). Only a message too large for one piece has more: it goes as it
     * was encoded, in chunks (see {@link Outbox}), and is never gathered into one array on this side.
     */
    record Frame(int type, byte[] payload, ByteBuffer[] more) {
        Frame(int type, byte[] payload) {
            this(type, payload, null);
        }

        /** The payload's length, every piece included. */
        int length() {
            int n = payload.length;
            if (more != null) {
                for (ByteBuffer b : more) {
                    n += b.limit();
                }
            }
            return n;
        }

        /** The payload as a stream; only of a frame without more pieces. */
        DataInputStream data() {
            return new DataInputStream(new java.io.ByteArrayInputStream(payload));
        }
    }

    /** A field of bytes left where it is in its frame: {@code length} bytes of {@code array} from {@code offset}. */
    record Blob(byte[] array, int offset, int length) {}

    /** Builds a frame's payload. */
    static final class Payload {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        final int type;

        Payload(int type) {
            this.type = type;
        }

        private interface Field {
            void writeTo(DataOutputStream out) throws IOException;
        }

        /** A byte array stream does not fail: its IOException is not a case to handle. */
        private Payload put(Field f) {
            try {
                f.writeTo(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return this;
        }

        Payload longValue(long v) {
            return put(o -> o.writeLong(v));
        }

        Payload text(String s) {
            return put(o -> o.writeUTF(s));
        }

        Payload flag(boolean b) {
            return put(o -> o.writeBoolean(b));
        }

        Payload blob(byte[] b) {
            return put(o -> {
                o.writeInt(b.length);
                o.write(b);
            });
        }

        Frame frame() {
            return new Frame(type, bytes.toByteArray());
        }

        /**
         * The frame of these fields followed by {@code message}, encoded, as a blob field. A large message is encoded
         * in pieces the size of a chunk, which the frame keeps as they are; raises what encoding raises.
         */
        Frame frameWithMessage(Object message) {
            return withMessage(type, java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() + 4), message);
        }

        /** The frame of these fields followed by {@code b} as a blob field, copied once however large it is. */
        Frame frameWith(byte[] b) {
            byte[] head = bytes.toByteArray();
            byte[] p = java.util.Arrays.copyOf(head, head.length + 4 + b.length);
            java.nio.ByteBuffer.wrap(p, head.length, 4).putInt(b.length);
            System.arraycopy(b, 0, p, head.length + 4, b.length);
            return new Frame(type, p);
        }
    }

    /**
     * The frame of a message to the process numbered {@code to}, as {@code new Payload(SEND).longValue(to)
     * .frameWithMessage(message)} makes it, without building its fields in a stream: the path of every message.
     */
    static Frame send(long to, Object message) {
        byte[] head = new byte[12];
        putLong(head, 0, to);
        return withMessage(SEND, head, message);
    }

    /** The frame of {@code head}, whose last 4 bytes are left for the length, then {@code message}, encoded. */
    private static Frame withMessage(int type, byte[] head, Object message) {
        ByteBuffer[] pieces = ObjectCodec.encodeInPieces(head, message, Outbox.CHUNK);
        byte[] first = pieces[0].array();
        Frame f = new Frame(type, first,
                pieces.length == 1 ? null : java.util.Arrays.copyOfRange(pieces, 1, pieces.length));
        putInt(first, head.length - 4, f.length() - head.length);
        return f;
    }

    /** The process a SEND frame is for. */
    static long sendTarget(Frame f) throws IOException {
        if (f.payload().length < 12) {
            throw new IOException("malformed frame: a message frame of " + f.payload().length + " bytes");
        }
        return longAt(f.payload(), 0);
    }

    /** The message of a SEND frame, left where it is. */
    static Blob sendMessage(Frame f) throws IOException {
        int n = f.payload().length - 12;
        if (n < 0 || intAt(f.payload(), 8) != n) {
            throw new IOException("malformed frame: a message frame of " + f.payload().length + " bytes");
        }
        return new Blob(f.payload(), 12, n);
    }

    static long longAt(byte[] b, int at) {
        return ((long) intAt(b, at) << 32) | (intAt(b, at + 4) & 0xffffffffL);
    }

    static int intAt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        putInt(b, at + 4, (int) v);
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** The next blob field of {@code f}, read from {@code in}, its stream, and left where it is. */
    static Blob blobIn(Frame f, DataInputStream in) throws IOException {
        int n = in.readInt();
        int left = in.available();
        if (n < 0 || n > left) {
            throw new IOException("malformed frame: a field of " + n + " bytes");
        }
        in.skipNBytes(n);
        return new Blob(f.payload(), f.payload().length - left, n);
    }

    static byte[] blob(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("malformed frame: a field of " + n + " bytes");
        }
        return in.readNBytes(n);
    }

    /** Writes a frame and returns how many bytes that took. */
    static int write(DataOutputStream out, Frame f) throws IOException {
        if (f.more() != null) {
            throw new IllegalArgumentException("a frame in pieces goes through an outbox");
        }
        out.writeInt(f.payload().length + 1);
        out.writeByte(f.type());
        out.write(f.payload());
        return f.payload().length + 5;
    }

    /** Writes a piece of the outbox and returns how many bytes that took. */
    static int write(DataOutputStream out, Outbox.Piece p) throws IOException {
        out.write(p.header());
        out.write(p.data(), p.offset(), p.length());
        return p.size();
    }

    /** Frames before authentication are at most this long: a handshake frame is a few hundred bytes. */
    static final int MAX_HANDSHAKE_FRAME = 4096;

    static Frame read(DataInputStream in) throws IOException {
        return read(in, MAX_FRAME);
    }

    /** Reads a frame no longer than {@code max} bytes; a longer one is refused before anything of it is buffered. */
    static Frame read(DataInputStream in, int max) throws IOException {
        int length = in.readInt();
        if (length < 1 || length > max) {
            throw new IOException("malformed frame: length " + length);
        }
        int type = in.readUnsignedByte();
        byte[] payload = in.readNBytes(length - 1);
        if (payload.length != length - 1) {
            throw new java.io.EOFException("connection closed in the middle of a frame");
        }
        return new Frame(type, payload);
    }
}
