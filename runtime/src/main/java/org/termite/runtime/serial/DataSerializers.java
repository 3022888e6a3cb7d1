package org.termite.runtime.serial;

import com.esotericsoftware.kryo.io.Output;
import java.util.function.UnaryOperator;
import org.termite.runtime.value.Box;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Values;

/**
 * Strings, bytevectors, vectors, pairs, boxes (assigned variables shared by closures and frames) and multiple
 * values. Pairs and vectors defer their elements, so a list a million long is read in a loop, not a recursion.
 */
final class DataSerializers {
    private DataSerializers() {}

    static void registerAll() {
        TypeTable.fixed(SerialFormat.STRING, MString.class, new ValueSerializer<MString>() {
            @Override
            public void writeHeader(Encoding out, MString v) {
                Text.writeString(out.output(), v);
            }

            @Override
            public MString readHeader(Decoding in) {
                return Text.readString(in.input());
            }
        });
        TypeTable.fixed(SerialFormat.BYTEVECTOR, byte[].class, new ValueSerializer<byte[]>() {
            @Override
            public void writeHeader(Encoding out, byte[] v) {
                out.varint(v.length);
                Output o = out.output();
                if (o instanceof PieceOutput p && p.inPieces()) {
                    p.writeLarge(v);
                    return;
                }
                if (v.length > o.getBuffer().length - o.position()) {
                    // grown once to size: Kryo grows by doubling, copying a large bytevector several times
                    int at = o.position();
                    o.setBuffer(java.util.Arrays.copyOf(o.getBuffer(), at + v.length + 256), -1);
                    o.setPosition(at);
                }
                o.writeBytes(v);
            }

            @Override
            public byte[] readHeader(Decoding in) {
                int n = in.count(1);
                // a copy of the range, which the JVM fills without clearing it first: one pass over a large one
                com.esotericsoftware.kryo.io.Input i = in.input();
                int at = i.position();
                byte[] v = java.util.Arrays.copyOfRange(i.getBuffer(), at, at + n);
                i.setPosition(at + n);
                return v;
            }
        });
        TypeTable.fixed(SerialFormat.VECTOR, Object[].class, new ArraySerializer<Object[]>() {
            @Override
            public void writeHeader(Encoding out, Object[] v) {
                out.varint(v.length);
                out.defer(this, v);
            }

            @Override
            public Object[] readHeader(Decoding in) {
                Object[] v = new Object[in.count(1)];
                in.defer(this, v);
                return v;
            }

            @Override
            Object[] elements(Object[] v) {
                return v;
            }
        });
        TypeTable.fixed(SerialFormat.VALUES, Values.class, new ArraySerializer<Values>() {
            @Override
            public void writeHeader(Encoding out, Values v) {
                out.varint(v.values.length);
                out.defer(this, v);
            }

            @Override
            public Values readHeader(Decoding in) {
                int n = in.count(1);
                if (n == 1) {
                    throw in.malformed("one value as multiple values");
                }
                Values v = (Values) Values.of(new Object[n]);
                in.defer(this, v);
                return v;
            }

            @Override
            Object[] elements(Values v) {
                return v.values;
            }
        });
        TypeTable.fixed(SerialFormat.PAIR, Pair.class, new ValueSerializer<Pair>() {
            @Override
            public void writeHeader(Encoding out, Pair v) {
                out.defer(this, v);
            }

            @Override
            public Pair readHeader(Decoding in) {
                Pair p = new Pair(null, null);
                in.defer(this, p);
                return p;
            }

            @Override
            public void writeContents(Encoding out, Pair v) {
                out.value(v.car);
                out.value(v.cdr);
            }

            @Override
            public void readContents(Decoding in, Pair v) {
                v.car = in.value();
                v.cdr = in.value();
            }

            @Override
            public void finish(Decoding in, Pair v, UnaryOperator<Object> map) {
                v.car = map.apply(v.car);
                v.cdr = map.apply(v.cdr);
            }
        });
        TypeTable.fixed(SerialFormat.BOX, Box.class, new ValueSerializer<Box>() {
            @Override
            public void writeHeader(Encoding out, Box v) {
                out.defer(this, v);
            }

            @Override
            public Box readHeader(Decoding in) {
                Box b = new Box(null);
                in.defer(this, b);
                return b;
            }

            @Override
            public void writeContents(Encoding out, Box v) {
                out.value(v.value);
            }

            @Override
            public void readContents(Decoding in, Box v) {
                v.value = in.value();
            }

            @Override
            public boolean isSchemeValue() {
                return false;
            }

            @Override
            public void finish(Decoding in, Box v, UnaryOperator<Object> map) {
                v.value = map.apply(v.value);
            }
        });
    }

    /** An object whose contents are the elements of an array, written after its length. */
    abstract static class ArraySerializer<T> extends ValueSerializer<T> {
        abstract Object[] elements(T value);

        @Override
        public void writeContents(Encoding out, T value) {
            for (Object x : elements(value)) {
                out.value(x);
            }
        }

        @Override
        public void readContents(Decoding in, T value) {
            Object[] xs = elements(value);
            for (int i = 0; i < xs.length; i++) {
                xs[i] = in.value();
            }
        }

        @Override
        public void finish(Decoding in, T value, UnaryOperator<Object> map) {
            Object[] xs = elements(value);
            for (int i = 0; i < xs.length; i++) {
                xs[i] = map.apply(xs[i]);
            }
        }
    }
}
