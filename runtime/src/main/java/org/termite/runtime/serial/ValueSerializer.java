package org.termite.runtime.serial;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.function.UnaryOperator;

/**
 * How one runtime type travels. Kryo's {@code write}/{@code read} carry the header: what is needed to build the
 * object. Anything the object only holds (elements, fields, slots) is its contents, which the serializer defers
 * with {@link Encoding#defer} and reads back in {@link #readContents} once every object before it in the queue
 * exists, so cycles and long chains need neither a placeholder nor recursion.
 *
 * <p>A subclass is stateless: one instance serves every stream on every thread. Types defined outside this
 * package (pids, tags) implement it and register with {@link TypeTable#register}.
 */
public abstract class ValueSerializer<T> extends Serializer<T> {
    /** Writes what {@link #readHeader} needs to build the object; may write other values with {@code out}. */
    public abstract void writeHeader(Encoding out, T value);

    /** Builds the object from its header. It must not return null. */
    public abstract T readHeader(Decoding in);

    /** Builds the object from its header, knowing the class the stream named (for compiled procedures). */
    public T readHeader(Decoding in, Class<? extends T> type) {
        return readHeader(in);
    }

    /** Writes what {@link #writeHeader} deferred. */
    public void writeContents(Encoding out, T value) {}

    /** Fills an object built by {@link #readHeader} with what {@link #writeContents} wrote. */
    public void readContents(Decoding in, T value) {}

    /**
     * Whether the object has an identity the copy must keep: a value met twice is then written once and referred
     * to after. Immutable atoms (numbers, characters) answer false and are written wherever they occur.
     */
    public boolean tracked(T value) {
        return true;
    }

    /** False when no value of the type is ever tracked, which spares looking it up among the objects written. */
    public boolean hasIdentity() {
        return true;
    }

    /** False for the runtime's internal objects (boxes, frames), which the encoder and decoder never see. */
    public boolean isSchemeValue() {
        return true;
    }

    /**
     * Called once decoding is complete, children before parents: replaces, in the object's mutable fields, each
     * value by {@code map}'s result (the decoder's replacement) and finishes what could not be done before every
     * object was complete (filling hash tables).
     */
    public void finish(Decoding in, T value, UnaryOperator<Object> map) {}

    /** Numbers frames itself (a chain of frames is one header); the caller must not number the result. */
    boolean numbersItself() {
        return false;
    }

    @Override
    public final void write(Kryo kryo, Output output, T value) {
        writeHeader(((TermiteKryo) kryo).encoding(), value);
    }

    @Override
    public final T read(Kryo kryo, Input input, Class<? extends T> type) {
        return readHeader(((TermiteKryo) kryo).decoding(), type);
    }
}
