package org.termite.runtime.serial;

import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;

/**
 * Turns any Scheme value into bytes and back: the entry point for object->u8vector, u8vector->object, and the
 * message transport between nodes. The optional encoder is asked about every Scheme value met while writing
 * and what it answers is written instead; the optional decoder is asked about every Scheme value read and what
 * it answers takes the value's place. Either one is asked once per object, so shared structure stays shared.
 *
 * <p>Decoding builds only the runtime's own types and the program's compiled classes, checks every count
 * against the input left before allocating, and never recurses along data; bytes that are not a stream this
 * program can read give a Scheme error.
 */
public final class ObjectCodec {
    private ObjectCodec() {}

    /** The bytes of {@code value}; {@code encoder} may be null. */
    public static byte[] encode(Object value, Procedure encoder) {
        return encode(value, encoder, null);
    }

    /** The bytes of {@code value}, telling {@code codeWritten} (if not null) of each compiled class they name. */
    public static byte[] encode(Object value, Procedure encoder, java.util.function.Consumer<Class<?>> codeWritten) {
        TermiteKryo kryo = TermiteKryo.acquire();
        try {
            kryo.resolver.codeWritten = codeWritten;
            Encoding e = new Encoding(kryo, encoder);
            kryo.encoding(e);
            return e.run(value);
        } catch (StackOverflowError e) {
            throw SchemeError.error("object->u8vector: object nested too deeply");
        } finally {
            kryo.resolver.codeWritten = null;
            kryo.release();
        }
    }

    /**
     * The bytes of {@code head} followed by those of {@code value}, as pieces of about {@code pieceSize} bytes each
     * (each from its array's start to its limit), to be sent as they are: a large value is copied once, into arrays
     * of that size, and never gathered into one. A value that fits in one piece is one array of exactly its size.
     */
    public static java.nio.ByteBuffer[] encodeInPieces(byte[] head, Object value, int pieceSize) {
        TermiteKryo kryo = TermiteKryo.acquire();
        try {
            Encoding e = new Encoding(kryo, null);
            kryo.encoding(e);
            return e.runInPieces(head, value, pieceSize);
        } catch (StackOverflowError e) {
            throw SchemeError.error("object->u8vector: object nested too deeply");
        } finally {
            kryo.release();
        }
    }

    /** The value {@code bytes} hold; {@code decoder} may be null. */
    public static Object decode(byte[] bytes, Procedure decoder) {
        return decode(bytes, decoder, false);
    }

    /**
     * The value bytes from another node hold, or {@link MissingCode} when they name compiled code this node lacks:
     * the caller can get it from that node and try again.
     */
    public static Object decodeOrMissing(byte[] bytes) {
        return decode(bytes, 0, bytes.length, null, true);
    }

    /** As {@link #decodeOrMissing(byte[])}, of the {@code length} bytes of {@code bytes} from {@code offset}. */
    public static Object decodeOrMissing(byte[] bytes, int offset, int length) {
        return decode(bytes, offset, length, null, true);
    }

    private static Object decode(byte[] bytes, Procedure decoder, boolean fetching) {
        return decode(bytes, 0, bytes.length, decoder, fetching);
    }

    private static Object decode(byte[] bytes, int offset, int length, Procedure decoder, boolean fetching) {
        TermiteKryo kryo = TermiteKryo.acquire();
        try {
            kryo.resolver.fetching = fetching;
            Decoding d = new Decoding(kryo, bytes, offset, length);
            kryo.decoding(d);
            Object root;
            try {
                root = d.run();
                if (decoder == null) {
                    return d.finish(root, null);
                }
            } catch (SchemeError | MissingCode e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw malformed(e);
            }
            // the decoder is Scheme code: what it raises is its own error, not the bytes'
            return d.finish(root, decoder);
        } finally {
            kryo.resolver.fetching = false;
            kryo.release();
        }
    }

    private static SchemeError malformed(Throwable e) {
        String why = e instanceof Malformed ? e.getMessage() : describe(e);
        return SchemeError.error("u8vector->object: not a serialized object (" + why + ")");
    }

    private static String describe(Throwable e) {
        if (e instanceof com.esotericsoftware.kryo.KryoException) {
            return "truncated";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
