package org.termite.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import org.termite.runtime.value.Eof;

/** A binary input port over a byte stream: a bytevector or a file. Neither blocks, so u8-ready? is true. */
public final class BinaryInputPort extends Port {
    private static final int NONE = -2;

    private final InputStream in;
    /** The byte peek-u8 looked at, -1 for the end, NONE when there is none. */
    private int lookahead = NONE;

    public BinaryInputPort(InputStream in, String description) {
        super(description);
        this.in = in;
    }

    @Override
    public boolean isInput() {
        return true;
    }

    @Override
    public boolean isOutput() {
        return false;
    }

    @Override
    public boolean isTextual() {
        return false;
    }

    /** Whether peek-u8 left a byte that the next read returns without touching the source. */
    public synchronized boolean hasLookahead() {
        return lookahead != NONE;
    }

    /** The next byte 0..255, or -1 at the end. */
    public synchronized int readU8(String who) {
        checkOpen(who);
        int b = lookahead;
        if (b != NONE) {
            lookahead = NONE;
            return b;
        }
        return fetch(who);
    }

    public synchronized int peekU8(String who) {
        checkOpen(who);
        if (lookahead == NONE) {
            lookahead = fetch(who);
        }
        return lookahead;
    }

    public synchronized boolean u8Ready(String who) {
        checkOpen(who);
        return true;
    }

    /** Up to k bytes, fewer only at the end; eof if none are left and k > 0. */
    public synchronized Object readBytes(String who, int k) {
        checkOpen(who);
        if (k == 0) {
            return new byte[0];
        }
        try {
            byte[] r = new byte[k];
            int n = 0;
            if (lookahead != NONE) {
                if (lookahead < 0) {
                    lookahead = NONE;
                    return Eof.VALUE;
                }
                r[n++] = (byte) lookahead;
                lookahead = NONE;
            }
            n += in.readNBytes(r, n, k - n);
            if (n == 0) {
                return Eof.VALUE;
            }
            return n == k ? r : java.util.Arrays.copyOf(r, n);
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    /** Reads into dst[from, to): the count read, fewer only at the end; -1 if none are left and the range is not empty. */
    public synchronized int readInto(String who, byte[] dst, int from, int to) {
        checkOpen(who);
        if (from == to) {
            return 0;
        }
        try {
            int n = 0;
            if (lookahead != NONE) {
                int b = lookahead;
                lookahead = NONE;
                if (b < 0) {
                    return -1;
                }
                dst[from] = (byte) b;
                n = 1;
            }
            n += in.readNBytes(dst, from + n, to - from - n);
            return n == 0 ? -1 : n;
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    private int fetch(String who) {
        try {
            return in.read();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    @Override
    protected void release() throws IOException {
        in.close();
    }
}
