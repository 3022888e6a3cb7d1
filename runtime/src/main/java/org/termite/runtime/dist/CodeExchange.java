package org.termite.runtime.dist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.termite.runtime.code.Arrivals;
import org.termite.runtime.code.CodeBundle;
import org.termite.runtime.code.CodeClosure;
import org.termite.runtime.code.CodePolicy;
import org.termite.runtime.code.CodeRefused;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.serial.MissingCode;
import org.termite.runtime.serial.ObjectCodec;

/**
 * Code following the work between two nodes. A frame from a peer that names compiled code this node lacks (a
 * closure in a message, a spawned thunk, a migrating continuation) is held, the peer is asked for the code, and the
 * frame is handled again once the code is here. Frames from that peer that come meanwhile are held behind it, so
 * the order of messages between two processes is kept. The peer answers with everything the code needs in one
 * frame ({@link CodeClosure}); what arrives is checked before it is defined ({@link Arrivals}).
 *
 * <p>When code cannot be had (this node refuses foreign code, the peer does not answer in time, a class fails its
 * check), each held frame is handled with decoding failing: a spawn or a migration is refused back to its sender
 * with the reason, a message is dropped with a warning, as for any message that cannot be decoded. A peer lost
 * while code is awaited takes its held frames with it: the work they carried came from that node.
 *
 * <p>Each method runs under this object's lock: the threads that hand on the peer's frames ({@link Inbound}) and,
 * for a request that timed out, the timer thread take turns.
 */
final class CodeExchange {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "termite-code-timer");
        t.setDaemon(true);
        return t;
    });
    /** Why decoding fails on this thread while held frames are handled after code could not be had. */
    private static final ThreadLocal<String> FAILING = new ThreadLocal<>();
    /** The message of the frame being handled on this thread, when it was decoded ahead (see {@link Inbound}). */
    private static final ThreadLocal<Object> DECODED = new ThreadLocal<>();

    private final Peer peer;
    private final ArrayDeque<Wire.Frame> held = new ArrayDeque<>();
    /** The request awaited, 0 when none; and the class it asked for. */
    private long awaiting;
    private MissingCode asked;
    private long requests;
    /** Classes this node sent the peer over the current connection (see {@link CodeClosure#key}). */
    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    CodeExchange(Peer peer) {
        this.peer = peer;
    }

    static long timeoutMillis() {
        return Long.getLong("termite.code.timeout.ms", 30_000);
    }

    /**
     * The value of bytes from another node; {@link MissingCode} when they name code this node lacks, unless code
     * could not be had for the frame being handled, when that is an error that says why.
     */
    static Object decode(byte[] bytes) {
        return decode(new Wire.Blob(bytes, 0, bytes.length));
    }

    /** As {@link #decode(byte[])}, of a field left in its frame. */
    static Object decode(Wire.Blob bytes) {
        Object decoded = DECODED.get();
        if (decoded != null) {
            DECODED.remove();
            return decoded;
        }
        String failing = FAILING.get();
        try {
            return ObjectCodec.decodeOrMissing(bytes.array(), bytes.offset(), bytes.length());
        } catch (MissingCode m) {
            if (failing == null) {
                throw m;
            }
            throw SchemeError.error(failing + " (" + m.procedure() + ")");
        }
    }

    /**
     * A frame from the peer, in the order of its stream; {@code message}: the message it carries, decoded ahead, or
     * null. A frame held for code is decoded again when it is handled.
     */
    synchronized void dispatch(Wire.Frame f, Object message) throws IOException {
        switch (f.type()) {
            case Wire.CODE_REQUEST -> answer(f);
            case Wire.CODE -> arrived(f);
            default -> {
                if (awaiting != 0) {
                    held.add(f);
                } else if (message == null) {
                    handle(f);
                } else {
                    DECODED.set(message);
                    try {
                        handle(f);
                    } finally {
                        DECODED.remove();
                    }
                }
            }
        }
    }

    private void handle(Wire.Frame f) throws IOException {
        try {
            Incoming.dispatch(peer, f);
        } catch (MissingCode m) {
            held.addFirst(f);
            if (!CodePolicy.acceptsForeignCode()) {
                fail("this node does not accept code from other nodes");
                return;
            }
            request(m);
        }
    }

    private void request(MissingCode m) {
        long id = ++requests;
        awaiting = id;
        asked = m;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeLong(id);
            out.writeInt(1);
            new CodeBundle.Wanted(m.className, m.codeHash, m.moduleHash).write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        peer.send(new Wire.Frame(Wire.CODE_REQUEST, bytes.toByteArray()));
        TIMER.schedule(() -> timedOut(id), timeoutMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void timedOut(long id) {
        if (awaiting == id) {
            try {
                fail("the node at " + Distribution.describe(peer) + " did not send the code within "
                        + timeoutMillis() / 1000.0 + " s");
            } catch (IOException e) {
                peer.disconnect("malformed frame: " + e.getMessage());
            }
        }
    }

    /** The peer asks for code: everything it needs, in one answer. */
    private void answer(Wire.Frame f) throws IOException {
        DataInputStream in = f.data();
        long id = in.readLong();
        int n = in.readInt();
        if (n < 0 || n > 1000) {
            throw new IOException("malformed frame: a request for " + n + " classes");
        }
        List<CodeBundle.Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            wanted.add(CodeBundle.Wanted.read(in));
        }
        CodeBundle bundle = CodeClosure.answer(wanted, sent);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(id);
        bundle.write(out);
        if (bytes.size() >= Wire.MAX_FRAME - 16) {
            sent.clear();
            out = new DataOutputStream(bytes = new ByteArrayOutputStream());
            out.writeLong(id);
            new CodeBundle(List.of(), List.of(), List.of("the code asked for is larger than a frame")).write(out);
        }
        peer.send(new Wire.Frame(Wire.CODE, bytes.toByteArray()));
    }

    /** The answer to our request: take it in, then handle the held frames again. */
    private void arrived(Wire.Frame f) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(f.payload()));
        long id = in.readLong();
        CodeBundle bundle = CodeBundle.read(in);
        if (id != awaiting) {
            return;
        }
        MissingCode wanted = asked;
        awaiting = 0;
        asked = null;
        try {
            for (String w : Arrivals.install(bundle, Distribution.describe(peer))) {
                Distribution.warn(w);
            }
        } catch (CodeRefused e) {
            fail(e.getMessage());
            return;
        }
        while (!held.isEmpty() && awaiting == 0) {
            Wire.Frame next = held.poll();
            try {
                Incoming.dispatch(peer, next);
            } catch (MissingCode m) {
                held.addFirst(next);
                if (wanted != null && m.className.equals(wanted.className) && m.codeHash == wanted.codeHash
                        && m.moduleHash == wanted.moduleHash) {
                    String why = bundle.problems().isEmpty() ? "its code did not come with the answer"
                            : bundle.problems().get(0);
                    failFirst("the node at " + Distribution.describe(peer) + " could not send the code: " + why);
                } else {
                    request(m);
                }
            }
        }
    }

    /** Code cannot be had: every held frame is handled with decoding failing with {@code why}. */
    private void fail(String why) throws IOException {
        awaiting = 0;
        asked = null;
        while (!held.isEmpty()) {
            failFirst(why);
        }
    }

    private void failFirst(String why) throws IOException {
        Wire.Frame f = held.poll();
        FAILING.set(why);
        try {
            Incoming.dispatch(peer, f);
        } finally {
            FAILING.remove();
        }
    }

    /** A new connection to the peer: it may be a new incarnation that has none of the code sent before. */
    synchronized void connected() {
        sent.clear();
    }

    /** The peer is lost: what waited for its code goes with it. */
    synchronized void lost() {
        if (!held.isEmpty()) {
            Distribution.warn("dropped " + held.size() + " frames from the node at " + Distribution.describe(peer)
                    + " that waited for its code: the node is lost");
        }
        held.clear();
        awaiting = 0;
        asked = null;
        sent.clear();
    }
}
