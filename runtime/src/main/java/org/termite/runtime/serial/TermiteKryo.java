package org.termite.runtime.serial;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.util.IdentityObjectIntMap;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * A Kryo instance set up for Scheme values: registration required, every class resolved by
 * {@link TermiteClassResolver}, no reference tracking of Kryo's own (streams number their objects themselves,
 * see {@link SerialFormat}). It also carries the stream being written or read, which the stateless serializers
 * reach through it.
 *
 * <p>Kryo instances are not thread-safe and cost a few microseconds to build, so each thread keeps a few; a
 * stream started while another runs on the same thread (an encoder that serializes) takes a second one.
 */
final class TermiteKryo extends Kryo {
    private static final ThreadLocal<ArrayDeque<TermiteKryo>> POOL = ThreadLocal.withInitial(ArrayDeque::new);
    private static final int POOLED_PER_THREAD = 4;
    /** An output buffer larger than this is not kept for the next stream. */
    private static final int KEPT_BUFFER = 1 << 16;

    /** Retained capacity of the tables below: past it they are shrunk when released. */
    private static final int KEPT_ENTRIES = 4096;

    final TermiteClassResolver resolver;
    private PieceOutput output = new PieceOutput();
    /** The tables of the stream in progress, kept from one stream to the next so they need not grow again. */
    final IdentityObjectIntMap<Object> numbers = new IdentityObjectIntMap<>();
    final ArrayDeque<Object> queue = new ArrayDeque<>();
    final ArrayList<Object> objects = new ArrayList<>();
    final ArrayList<ValueSerializer<Object>> serializers = new ArrayList<>();
    private Encoding encoding;
    private Decoding decoding;

    private TermiteKryo(TermiteClassResolver resolver) {
        super(resolver, null);
        this.resolver = resolver;
        setRegistrationRequired(true);
        setAutoReset(false);
        setReferences(false);
    }

    static TermiteKryo acquire() {
        TermiteKryo k = POOL.get().poll();
        return k != null ? k : new TermiteKryo(new TermiteClassResolver());
    }

    void release() {
        encoding = null;
        decoding = null;
        reset();
        boolean large = objects.size() > KEPT_ENTRIES;
        numbers.clear(KEPT_ENTRIES);
        queue.clear();
        objects.clear();
        serializers.clear();
        if (large) {
            objects.trimToSize();
            serializers.trimToSize();
        }
        output.abandonPieces();
        if (output.getBuffer().length > KEPT_BUFFER) {
            output = new PieceOutput();
        }
        output.reset();
        ArrayDeque<TermiteKryo> pool = POOL.get();
        if (pool.size() < POOLED_PER_THREAD) {
            pool.push(this);
        }
    }

    PieceOutput output() {
        return output;
    }

    Encoding encoding() {
        return encoding;
    }

    void encoding(Encoding e) {
        encoding = e;
    }

    Decoding decoding() {
        return decoding;
    }

    void decoding(Decoding d) {
        decoding = d;
    }
}
