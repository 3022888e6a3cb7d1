package org.termite.runtime.serial;

import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Input;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Trampoline;

/**
 * One stream being read (see {@link SerialFormat}). Decoding has two phases. {@link #run} only builds objects
 * from bytes and runs no Scheme code, so whatever goes wrong there is the bytes' fault and becomes one error.
 * {@link #finish} then completes the objects (children before parents) and, if there is a decoder, asks it about
 * each Scheme value and puts its answers in place of the originals.
 */
public final class Decoding {
    private final TermiteKryo kryo;
    private final Input in;
    private final List<Object> objects;
    private final List<ValueSerializer<Object>> serializers;
    private final ArrayDeque<Object> queue;
    private int depth;
    /** What serializers set aside between reading an object's contents and finishing it; made when first needed. */
    private IdentityHashMap<Object, Object> aside;

    Decoding(TermiteKryo kryo, byte[] bytes, int offset, int length) {
        this.kryo = kryo;
        this.in = new com.esotericsoftware.kryo.io.Input(bytes, offset, length);
        this.objects = kryo.objects;
        this.serializers = kryo.serializers;
        this.queue = kryo.queue;
    }

    Object run() {
        if (in.limit() - in.position() < 2 || (in.readByte() & 0xFF) != SerialFormat.MAGIC) {
            throw Malformed.because("not a serialized object");
        }
        int version = in.readByte() & 0xFF;
        if (version != SerialFormat.VERSION) {
            throw Malformed.because("format version " + version + ", this runtime reads " + SerialFormat.VERSION);
        }
        Object root = value();
        while (!queue.isEmpty()) {
            @SuppressWarnings("unchecked")
            ValueSerializer<Object> s = (ValueSerializer<Object>) queue.poll();
            s.readContents(this, queue.poll());
        }
        if (in.position() != in.limit()) {
            throw Malformed.because((in.limit() - in.position()) + " bytes after the end");
        }
        return root;
    }

    /** Completes every object and applies {@code decoder} (null: none); returns what stands for {@code root}. */
    Object finish(Object root, Procedure decoder) {
        if (decoder == null) {
            for (int i = objects.size() - 1; i >= 0; i--) {
                serializers.get(i).finish(this, objects.get(i), UnaryOperator.identity());
            }
            return root;
        }
        IdentityHashMap<Object, Object> answers = new IdentityHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            if (!serializers.get(i).isSchemeValue()) {
                answers.put(objects.get(i), objects.get(i));
            }
        }
        UnaryOperator<Object> map = v -> {
            if (v == null) {
                return null;
            }
            Object a = answers.get(v);
            if (a == null) {
                a = Trampoline.call(decoder, v);
                answers.put(v, a);
            }
            return a;
        };
        for (int i = objects.size() - 1; i >= 0; i--) {
            ValueSerializer<Object> s = serializers.get(i);
            Object o = objects.get(i);
            s.finish(this, o, map);
            if (s.isSchemeValue() && !answers.containsKey(o)) {
                answers.put(o, Trampoline.call(decoder, o));
            }
        }
        return map.apply(root);
    }

    /** Reads a value written by {@link Encoding#value} (or {@link Encoding#internal}). */
    public Object value() {
        if (++depth > SerialFormat.MAX_HEADER_DEPTH) {
            throw Malformed.because("headers nested too deeply");
        }
        try {
            return read();
        } finally {
            depth--;
        }
    }

    /** Reads a value that must be null or of {@code type}. */
    public <T> T internal(Class<T> type) {
        Object v = value();
        if (v != null && !type.isInstance(v)) {
            throw Malformed.because("expected " + type.getSimpleName() + ", found " + v.getClass().getSimpleName());
        }
        return type.cast(v);
    }

    /** Like {@link #internal}, but null is refused too. */
    public <T> T required(Class<T> type) {
        T v = internal(type);
        if (v == null) {
            throw Malformed.because("expected " + type.getSimpleName() + ", found nothing");
        }
        return v;
    }

    public Input input() {
        return in;
    }

    public int varint() {
        return in.readVarInt(true);
    }

    /** A count of items of at least {@code bytesEach} bytes each, refused if the input left cannot hold them. */
    public int count(int bytesEach) {
        return Text.count(in, bytesEach);
    }

    public String text() {
        return Text.read(in, Integer.MAX_VALUE);
    }

    /** Mirrors {@link Encoding#defer}. */
    public <T> void defer(ValueSerializer<T> s, T value) {
        queue.add(s);
        queue.add(value);
    }

    /** Keeps {@code data} for {@link ValueSerializer#finish} of {@code owner}. */
    public void setAside(Object owner, Object data) {
        if (aside == null) {
            aside = new IdentityHashMap<>();
        }
        aside.put(owner, data);
    }

    public Object takeAside(Object owner) {
        return aside == null ? null : aside.remove(owner);
    }

    /** Signals bytes that break the format. */
    public RuntimeException malformed(String why) {
        return Malformed.because(why);
    }

    /** Numbers an object built by a serializer that numbers its objects itself. */
    @SuppressWarnings("unchecked")
    void number(Object v, ValueSerializer<?> s) {
        objects.add(v);
        serializers.add((ValueSerializer<Object>) s);
    }

    @SuppressWarnings("unchecked")
    private Object read() {
        int start = in.position();
        int tag = in.readVarInt(true);
        if (tag == SerialFormat.NULL) {
            return null;
        }
        if (tag == SerialFormat.REF) {
            int n = in.readVarInt(true);
            if (n < 0 || n >= objects.size()) {
                throw Malformed.because("reference to object " + n + " of " + objects.size());
            }
            return objects.get(n);
        }
        in.setPosition(start);
        Registration r = kryo.readClass(in);
        ValueSerializer<Object> s = (ValueSerializer<Object>) r.getSerializer();
        Object v = s.read(kryo, in, r.getType());
        if (v == null) {
            throw Malformed.because("empty " + r.getType().getSimpleName());
        }
        if (!s.numbersItself() && s.tracked(v)) {
            number(v, s);
        }
        return v;
    }
}
