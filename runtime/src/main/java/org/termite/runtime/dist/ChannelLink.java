package org.termite.runtime.dist;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.locks.ReentrantLock;
import org.termite.runtime.proc.SliceEnd;

/**
 * A plain TCP connection served without threads of its own: a {@link Poller} thread reads it when the selector
 * says bytes are in and dispatches the frames they make, and writing is non-blocking. The thread of a sender writes
 * the queued pieces itself, at the end of the sender's slice (see {@link #queued}), when no one else is writing (no
 * thread switch on the way out) as far as the kernel takes them;
 * what the kernel does not take waits in {@link #out} and the poller writes it when the socket has room, so no
 * thread ever waits for a slow peer.
 */
final class ChannelLink extends Link {
    private final SocketChannel channel;
    private final Poller poller;
    /** Set once registered; null until then (a sender's kick waits for it). */
    private volatile SelectionKey key;

    /** Held while writing: by a sender or by the poller. */
    private final ReentrantLock writing = new ReentrantLock();
    /** Bytes taken from the outbox and not yet written, in write mode (position = end). Under the writing lock. */
    private final ByteBuffer out = ByteBuffer.allocateDirect(256 * 1024);
    /** The poller is told to write when the socket has room. Under the writing lock. */
    private boolean waitingForRoom;

    /**
     * What was read and not yet made into frames, and the frame too large for it being filled; the poller's. Direct,
     * so the kernel reads into it with no copy on the way, and large enough for a whole chunk, whose piece goes from
     * it straight into the frame being put back together.
     */
    private ByteBuffer in = ByteBuffer.allocateDirect(256 * 1024);
    private byte[] big;
    private int bigType;
    private int bigFilled;

    /** When the last bytes came in and went out; read by the poller's heartbeat check. */
    volatile long lastRead = System.nanoTime();
    volatile long lastWrite = System.nanoTime();

    ChannelLink(Peer peer, Handshaking h) throws IOException {
        super(peer);
        this.channel = h.socket.getChannel();
        byte[] early = h.leftover();
        if (early.length > in.capacity()) {
            in = ByteBuffer.allocate(early.length);
        }
        in.put(early);
        channel.configureBlocking(false);
        this.poller = Poller.get();
    }

    @Override
    void start() {
        poller.register(this, channel);
    }

    /** Once registered, while the poller is served: the frames that came with the handshake, then what waits. */
    void registered(SelectionKey k) {
        key = k;
        try {
            frames();
        } catch (IOException | RuntimeException e) {
            peer.readFailed(this, e);
            return;
        }
        kick();
    }

    @Override
    void kick() {
        while (key != null && !closed && writing.tryLock()) {
            boolean full;
            try {
                full = flush();
            } catch (IOException e) {
                writing.unlock();
                peer.lost(this, "connection failed: " + Distribution.reason(e));
                return;
            } finally {
                if (writing.isHeldByCurrentThread()) {
                    writing.unlock();
                }
            }
            // a sender that found the lock taken left its frame to us: look again once the lock is free
            if (full || peer.outbox.isEmpty()) {
                return;
            }
        }
    }

    /** Past this many bytes queued, a sender writes at once rather than at the end of its slice. */
    private static final int BATCH = 64 * 1024;

    /**
     * Frames a process sends go when its slice ends (when it waits, for an answer say), all in one write, instead
     * of a write each: a process that streams small messages costs a system call per slice, not per message, and
     * the peer reads them in one go. A sender that is not a process, or one with a lot queued, writes at once.
     */
    @Override
    void queued() {
        if (peer.outbox.bytes() >= BATCH || !SliceEnd.defer(peer.kickCurrent)) {
            kick();
        }
    }

    /**
     * Bytes one flush writes at most before leaving the rest to the poller: a large message then goes out in turns
     * with the reading of the connections, and a sender is not held by it.
     */
    private static final int TURN = 256 * 1024;

    /**
     * Writes what waits, under the writing lock; true when the kernel took not all of it, or this turn's share is
     * written (the poller goes on when the socket has room).
     */
    private boolean flush() throws IOException {
        boolean wrote = false;
        long written = 0;
        try {
            for (;;) {
                if (written >= TURN) {
                    room(true);
                    return true;
                }
                for (Outbox.Piece p = peer.outbox.next(out.remaining()); p != null;
                        p = peer.outbox.next(out.remaining())) {
                    out.put(p.header()).put(p.data(), p.offset(), p.length());
                }
                if (out.position() == 0) {
                    room(false);
                    return false;
                }
                out.flip();
                int n = channel.write(out);
                out.compact();
                wrote |= n > 0;
                written += n;
                if (out.position() > 0 && (n == 0 || out.remaining() < Outbox.CHUNK + Outbox.CHUNK_HEADER)) {
                    room(true);
                    return true;
                }
            }
        } finally {
            if (wrote) {
                lastWrite = System.nanoTime();
            }
        }
    }

    /** Asks the poller to say when the socket has room, or stops asking. */
    private void room(boolean wanted) {
        if (wanted != waitingForRoom) {
            waitingForRoom = wanted;
            SelectionKey k = key;
            if (k.isValid()) {
                k.interestOps(wanted ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
                if (wanted) {
                    poller.wake();
                }
            }
        }
    }

    /** While the poller is served: the socket has bytes to read. */
    void readable() {
        try {
            int n = channel.read(big == null ? in : ByteBuffer.wrap(big, bigFilled, big.length - bigFilled));
            if (n < 0) {
                throw new EOFException("the connection was closed");
            }
            lastRead = System.nanoTime();
            if (big != null) {
                bigFilled += n;
            }
            frames();
        } catch (IOException | RuntimeException e) {
            peer.readFailed(this, e);
        }
    }

    /** Dispatches the whole frames read so far. */
    private void frames() throws IOException {
        if (big != null) {
            if (bigFilled < big.length) {
                return;
            }
            Wire.Frame f = new Wire.Frame(bigType, big);
            big = null;
            peer.received(this, f);
        }
        in.flip();
        try {
            while (in.remaining() >= 5 && !closed) {
                int length = in.getInt(in.position());
                if (length < 1 || length > Wire.MAX_FRAME) {
                    throw new IOException("malformed frame: length " + length);
                }
                if (in.remaining() - 4 >= length) {
                    in.getInt();
                    int type = in.get() & 0xff;
                    if (type == Wire.CHUNK) {
                        peer.receivedChunk(this, in, length - 1);
                        continue;
                    }
                    byte[] payload = new byte[length - 1];
                    in.get(payload);
                    peer.received(this, new Wire.Frame(type, payload));
                } else if (length + 4 > in.capacity()) {
                    // larger than the buffer: read the rest straight into its own array
                    in.getInt();
                    bigType = in.get() & 0xff;
                    big = new byte[length - 1];
                    bigFilled = in.remaining();
                    in.get(big, 0, bigFilled);
                    break;
                } else {
                    break;
                }
            }
        } finally {
            in.compact();
        }
    }

    /** While the poller is served: the socket has room again. */
    void writable() {
        kick();
    }

    /** While the poller is served, every tick: a heartbeat when idle, and the verdict on a silent peer. */
    void tick(long now, long heartbeatNanos, long deadNanos) {
        if (now - lastRead > deadNanos) {
            peer.lost(this, "no heartbeat for " + Distribution.deadMillis() + " ms");
        } else if (now - lastWrite >= heartbeatNanos) {
            // nothing written for an interval: a heartbeat, or what waits in the outbox if a kick went astray
            if (peer.outbox.isEmpty()) {
                peer.outbox.add(new Wire.Payload(Wire.HEARTBEAT).frame());
            }
            kick();
        }
    }

    @Override
    String ends() {
        return ends(channel.socket());
    }

    @Override
    void close() {
        closed = true;
        SelectionKey k = key;
        if (k != null) {
            k.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket that failed
        }
    }
}
