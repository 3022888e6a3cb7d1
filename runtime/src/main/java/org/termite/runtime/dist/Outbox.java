package org.termite.runtime.dist;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;

/**
 * The frames waiting to go to one peer, and the order they go in. A frame of up to {@link #CHUNK} bytes goes whole;
 * a larger one goes as CHUNK frames of at most that size, interleaved with the rest of the traffic, so that a
 * 20 MB message does not hold up the small ones behind it.
 *
 * <p>What may overtake what: each frame has a <em>stream</em>, the process it is for (a message, {@code SEND} or
 * {@code SEND_TO}); frames of one stream go in the order they were queued, one after the other, so a small message
 * never overtakes a large one to the same process; this is Erlang's guarantee (per pair of processes), and more,
 * since the sender does not matter. Every other frame (links, exits, monitors, spawns, migrations, code) is a
 * <em>barrier</em>: it goes after everything queued before it and before everything queued after it, as
 * without chunking. Heartbeats and flow-control reports have no order at all.
 *
 * <p>Frames whose stream is busy (a large frame of that stream is being sent) wait aside, per stream, so choosing
 * the next piece does not scan them again. Every method holds this object's lock: senders add while a writer takes.
 */
final class Outbox {
    /** The largest piece of a large frame, and the largest frame that goes whole. */
    static final int CHUNK = 64 * 1024;
    /** Length, CHUNK type, stream number, total length, inner type, offset. */
    static final int CHUNK_HEADER = 4 + 1 + 4 + 4 + 1 + 4;

    private static final Object BARRIER = Streams.BARRIER;
    private static final Object UNORDERED = Streams.UNORDERED;

    /** What goes on the wire next: a header, then {@code length} bytes of {@code data} from {@code offset}. */
    record Piece(byte[] header, byte[] data, int offset, int length) {
        int size() {
            return header.length + length;
        }
    }

    /** A large frame being sent in chunks, each chunk from one of its pieces (the payload, then the rest). */
    private static final class Large {
        final int type;
        final int length;
        final Object stream;
        final int number;
        /** The pieces not yet sent whole, the payload first; a piece sent is let go at once. */
        final byte[][] pieces;
        final int[] lengths;
        int piece;
        int inPiece;
        int sent;

        Large(Wire.Frame frame, Object stream, int number) {
            this.type = frame.type();
            this.length = frame.length();
            this.stream = stream;
            this.number = number;
            int n = frame.more() == null ? 0 : frame.more().length;
            pieces = new byte[1 + n][];
            lengths = new int[1 + n];
            pieces[0] = frame.payload();
            lengths[0] = frame.payload().length;
            for (int i = 0; i < n; i++) {
                pieces[1 + i] = frame.more()[i].array();
                lengths[1 + i] = frame.more()[i].limit();
            }
        }

        /** The size of the next chunk. */
        int next() {
            while (inPiece == lengths[piece]) {
                pieces[piece++] = null;
                inPiece = 0;
            }
            return Math.min(CHUNK, lengths[piece] - inPiece);
        }
    }

    private final String peerId;
    private final ArrayDeque<Wire.Frame> queue = new ArrayDeque<>();
    /** Large frames being sent, taken in turn. */
    private final ArrayDeque<Large> sending = new ArrayDeque<>();
    private final HashSet<Object> busy = new HashSet<>();
    /** Frames whose stream was busy when they came to the head of the queue, per stream, in order. */
    private final HashMap<Object, ArrayDeque<Wire.Frame>> waiting = new HashMap<>();
    /** Streams whose waiting frames may go now: their large frame is sent. */
    private final ArrayDeque<Object> freed = new ArrayDeque<>();
    private int streams;
    /** Bytes of what waits to go, frame headers included; written under the lock, read without. */
    private volatile long bytes;

    /** Where the frame {@link #startable} returned lies, and its stream when it waited aside. */
    private ArrayDeque<Wire.Frame> from;
    private Object fromStream;

    Outbox(String peerId) {
        this.peerId = peerId;
    }

    synchronized void add(Wire.Frame f) {
        queue.add(f);
        bytes += f.length() + 5;
    }

    long bytes() {
        return bytes;
    }

    synchronized boolean isEmpty() {
        return queue.isEmpty() && sending.isEmpty() && waiting.isEmpty();
    }

    synchronized void clear() {
        queue.clear();
        sending.clear();
        busy.clear();
        waiting.clear();
        freed.clear();
        bytes = 0;
    }

    /**
     * The next piece to write, or null when nothing waits or the next piece is larger than {@code budget} bytes
     * (it stays first). Whole frames that may go go before the next chunk: they are small by definition.
     */
    synchronized Piece next(long budget) {
        for (Wire.Frame f = startable(); f != null; f = startable()) {
            if (f.more() == null && f.payload().length <= CHUNK) {
                int size = f.payload().length + 5;
                if (size > budget) {
                    return null;
                }
                taken();
                bytes -= size;
                return new Piece(header(f), f.payload(), 0, f.payload().length);
            }
            Object stream = fromStream != null ? fromStream : streamOf(f);
            taken();
            sending.add(new Large(f, stream, ++streams));
            busy.add(stream);
        }
        Large l = sending.peek();
        if (l == null) {
            return null;
        }
        int n = l.next();
        if (n + CHUNK_HEADER > budget) {
            return null;
        }
        sending.poll();
        Piece p = new Piece(chunkHeader(l, n), l.pieces[l.piece], l.inPiece, n);
        l.sent += n;
        l.inPiece += n;
        bytes -= n;
        if (l.sent < l.length) {
            sending.add(l);
        } else {
            bytes -= 5;
            busy.remove(l.stream);
            if (waiting.containsKey(l.stream)) {
                freed.add(l.stream);
            }
        }
        return p;
    }

    /** The first frame that may start now, left where it is (see {@link #taken}); null if none may. */
    private Wire.Frame startable() {
        if (!busy.isEmpty() && busy.contains(BARRIER)) {
            return null;
        }
        while (!freed.isEmpty()) {
            Object stream = freed.peek();
            ArrayDeque<Wire.Frame> q = waiting.get(stream);
            if (q == null || busy.contains(stream)) {
                freed.poll();
                continue;
            }
            from = q;
            fromStream = stream;
            return q.peek();
        }
        fromStream = null;
        from = queue;
        if (sending.isEmpty() && waiting.isEmpty()) {
            return queue.peek();
        }
        for (Wire.Frame f = queue.peek(); f != null; f = queue.peek()) {
            Object stream = streamOf(f);
            if (stream == BARRIER) {
                return sending.isEmpty() && waiting.isEmpty() ? f : null;
            }
            if (stream == UNORDERED || (!busy.contains(stream) && !waiting.containsKey(stream))) {
                return f;
            }
            queue.poll();
            waiting.computeIfAbsent(stream, k -> new ArrayDeque<>()).add(f);
        }
        return null;
    }

    /** Removes the frame {@link #startable} returned from where it lies. */
    private void taken() {
        from.poll();
        if (fromStream != null && from.isEmpty()) {
            waiting.remove(fromStream);
            freed.poll();
        }
    }

    private Object streamOf(Wire.Frame f) {
        return Streams.of(peerId, f);
    }

    private static byte[] header(Wire.Frame f) {
        byte[] h = new byte[5];
        Wire.putInt(h, 0, f.payload().length + 1);
        h[4] = (byte) f.type();
        return h;
    }

    private static byte[] chunkHeader(Large l, int n) {
        byte[] h = new byte[CHUNK_HEADER];
        Wire.putInt(h, 0, CHUNK_HEADER - 4 + n);
        h[4] = (byte) Wire.CHUNK;
        Wire.putInt(h, 5, l.number);
        Wire.putInt(h, 9, l.length);
        h[13] = (byte) l.type;
        Wire.putInt(h, 14, l.sent);
        return h;
    }
}
