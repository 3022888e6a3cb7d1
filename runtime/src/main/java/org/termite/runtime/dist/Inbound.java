package org.termite.runtime.dist;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.termite.runtime.serial.ObjectCodec;

/**
 * The frames of one connection on their way in, handed to {@link Peer#dispatch} in an order that keeps each
 * stream's ({@link Streams}). A message that came in pieces (larger than {@link Outbox#CHUNK}) is decoded first by a
 * thread of its own, so that the thread that read it, which serves every connection of the node, is not held for
 * the milliseconds a large message takes to decode: the frames behind it of the same stream, and every barrier, wait
 * for it, and the others go on at once.
 *
 * <p>Frames are dispatched under this object's lock, by the reading thread or by the decoding thread.
 */
final class Inbound {
    /** The thread that decodes large messages, for every connection of the node. */
    static final ExecutorService DECODER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "termite-node-decode");
        t.setDaemon(true);
        return t;
    });

    /** A frame that waits: for its decoding, or for the frames before it. */
    private static final class Entry {
        final Wire.Frame frame;
        final Object stream;
        boolean ready;
        /** The message, decoded ahead; null when it was not (decoding then happens as it is dispatched). */
        Object message;

        Entry(Wire.Frame frame, Object stream, boolean ready) {
            this.frame = frame;
            this.stream = stream;
            this.ready = ready;
        }
    }

    /** Where the frames go: {@link Peer#dispatch}, and {@link Peer#readFailed} when that fails on the decoder. */
    interface Handler {
        void dispatch(Wire.Frame f, Object message) throws IOException;

        void failed(Exception e);
    }

    private final Handler handler;
    private final Executor decoder;
    /** Frames not yet dispatched, in the order they came. */
    private final ArrayDeque<Entry> waiting = new ArrayDeque<>();

    Inbound(Handler handler, Executor decoder) {
        this.handler = handler;
        this.decoder = decoder;
    }

    /** A whole frame that came in; {@code inPieces}: put back together from chunks. On the reading thread. */
    synchronized void add(Wire.Frame f, boolean inPieces) throws IOException {
        boolean decodeAhead = inPieces && f.type() == Wire.SEND;
        if (waiting.isEmpty() && !decodeAhead) {
            handler.dispatch(f, null);
            return;
        }
        Object stream = Streams.of(Distribution.localId(), f);
        if (decodeAhead) {
            Entry e = new Entry(f, stream, false);
            waiting.add(e);
            decoder.execute(() -> decode(e));
        } else if (stream == Streams.UNORDERED || (stream != Streams.BARRIER && mayPass(stream))) {
            handler.dispatch(f, null);
        } else {
            waiting.add(new Entry(f, stream, true));
        }
    }

    /** Whether a frame of {@code stream} may go before those waiting: none of them is of its stream or a barrier. */
    private boolean mayPass(Object stream) {
        for (Entry e : waiting) {
            if (e.stream == Streams.BARRIER || e.stream.equals(stream)) {
                return false;
            }
        }
        return true;
    }

    /** On the decoding thread: the message of a SEND frame, then whatever may go now. */
    private void decode(Entry e) {
        Object message = null;
        try {
            Wire.Blob b = Wire.sendMessage(e.frame);
            message = ObjectCodec.decodeOrMissing(b.array(), b.offset(), b.length());
        } catch (IOException | RuntimeException failed) {
            // MissingCode, or bytes that do not decode: decoded again as it is dispatched, which asks the peer for
            // the code or says what is wrong
        }
        synchronized (this) {
            e.message = message;
            e.ready = true;
            try {
                drain();
            } catch (IOException | RuntimeException failed) {
                waiting.clear();
                handler.failed(failed);
            }
        }
    }

    /** Dispatches, in order, every waiting frame that may go: ready, and behind no frame it may not pass. */
    private void drain() throws IOException {
        HashSet<Object> held = new HashSet<>();
        for (java.util.Iterator<Entry> i = waiting.iterator(); i.hasNext();) {
            Entry e = i.next();
            if (e.stream == Streams.BARRIER) {
                if (!held.isEmpty() || !e.ready) {
                    return;
                }
            } else if (!e.ready || held.contains(e.stream)) {
                held.add(e.stream);
                continue;
            }
            i.remove();
            handler.dispatch(e.frame, e.message);
        }
    }
}
