package org.termite.runtime.serial;

import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.IdentityObjectIntMap;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.io.Port;
import org.termite.runtime.value.Box;

/**
 * One stream being written (see {@link SerialFormat}): the numbers given to the objects written so far, the
 * queue of objects whose contents are still to come, and the encoder procedure, if any, with its answers.
 */
public final class Encoding {
    private final TermiteKryo kryo;
    private final PieceOutput out;
    private final IdentityObjectIntMap<Object> numbers;
    private int nextNumber;
    private final ArrayDeque<Object> queue;
    private final Procedure encoder;
    /** The encoder's answer for each object it was asked about, so a shared object stays shared. */
    private final IdentityHashMap<Object, Object> encoded;

    Encoding(TermiteKryo kryo, Procedure encoder) {
        this.kryo = kryo;
        this.out = kryo.output();
        this.numbers = kryo.numbers;
        this.queue = kryo.queue;
        this.encoder = encoder;
        this.encoded = encoder == null ? null : new IdentityHashMap<>();
    }

    byte[] run(Object root) {
        stream(root);
        return out.toBytes();
    }

    private void stream(Object root) {
        out.writeByte(SerialFormat.MAGIC);
        out.writeByte(SerialFormat.VERSION);
        value(root);
        while (!queue.isEmpty()) {
            @SuppressWarnings("unchecked")
            ValueSerializer<Object> s = (ValueSerializer<Object>) queue.poll();
            s.writeContents(this, queue.poll());
        }
    }

    /** The bytes of {@code head} then the stream of {@code root}, in pieces (see {@link PieceOutput#endPieces}). */
    java.nio.ByteBuffer[] runInPieces(byte[] head, Object root, int pieceSize) {
        out.startPieces(pieceSize);
        out.writeBytes(head);
        stream(root);
        return out.endPieces();
    }

    /** Writes a Scheme value: what the encoder makes of it, if there is an encoder. */
    public void value(Object v) {
        if (encoder != null && v != null && !(v instanceof Box)) {
            v = encode(v);
        }
        write(v);
    }

    /** Writes a value the encoder must not see: a part of the runtime's own machinery (a frame, its code). */
    public void internal(Object v) {
        write(v);
    }

    public Output output() {
        return out;
    }

    public void varint(int n) {
        out.writeVarInt(n, true);
    }

    public void text(String s) {
        Text.write(out, s);
    }

    /** Queues {@code value}'s contents, written by {@code s.writeContents} after every header before them. */
    public <T> void defer(ValueSerializer<T> s, T value) {
        queue.add(s);
        queue.add(value);
    }

    /** Whether {@code v} was written already (and is written as a reference from now on). */
    boolean isNumbered(Object v) {
        return numbers.get(v, -1) >= 0;
    }

    /** Numbers an object whose serializer numbers its objects itself (a chain of frames). */
    void number(Object v) {
        numbers.put(v, nextNumber++);
    }

    private Object encode(Object v) {
        Object e = encoded.get(v);
        if (e == null) {
            e = Trampoline.call(encoder, v);
            encoded.put(v, e);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    private void write(Object v) {
        if (v == null) {
            out.writeVarInt(SerialFormat.NULL, true);
            return;
        }
        Class<?> type = v.getClass();
        Registration r = TypeTable.forClass(type);
        if (r == null) {
            throw cannotSerialize(v);
        }
        ValueSerializer<Object> s = (ValueSerializer<Object>) r.getSerializer();
        if (s.hasIdentity()) {
            int n = numbers.get(v, -1);
            if (n >= 0) {
                out.writeVarInt(SerialFormat.REF, true);
                out.writeVarInt(n, true);
                return;
            }
        }
        kryo.resolver.writeClass(out, type, r);
        s.write(kryo, out, v);
        if (!s.numbersItself() && s.tracked(v)) {
            numbers.put(v, nextNumber++);
        }
    }

    static SchemeError cannotSerialize(Object v) {
        String type;
        if (v instanceof Port) {
            type = "a port";
        } else if (v instanceof Procedure p) {
            type = "the procedure " + p.name();
        } else {
            type = "a " + v.getClass().getSimpleName() + " (a Java object)";
        }
        return SchemeError.error("object->u8vector: cannot serialize " + type + ":", v);
    }
}
