package org.termite.runtime.io;

import java.io.IOException;
import org.termite.runtime.text.CodePointSource;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.MStringBuilder;

/**
 * A textual input port: a stream of Unicode code points with one code point of lookahead (peek-char and the
 * reader both need it). As a {@link CodePointSource} it feeds {@code read}'s datum reader directly.
 */
public abstract class TextInputPort extends Port implements CodePointSource {
    private static final int NONE = -2;

    /** The code point peek-char has looked at but not consumed, -1 for the end, NONE when there is none. */
    private int lookahead = NONE;

    protected TextInputPort(String description) {
        super(description);
    }

    /** The next code point from the source, or -1 at the end. */
    protected abstract int next() throws IOException;

    /** Whether {@link #next} would return without blocking. */
    protected boolean ready() throws IOException {
        return true;
    }

    @Override
    public final boolean isInput() {
        return true;
    }

    @Override
    public final boolean isOutput() {
        return false;
    }

    @Override
    public final boolean isTextual() {
        return true;
    }

    /** Whether peek-char left a code point that the next read returns without touching the source. */
    public final synchronized boolean hasLookahead() {
        return lookahead != NONE;
    }

    public final synchronized int readChar(String who) {
        checkOpen(who);
        return take(who);
    }

    public final synchronized int peekChar(String who) {
        checkOpen(who);
        if (lookahead == NONE) {
            lookahead = fetch(who);
        }
        return lookahead;
    }

    public final synchronized boolean charReady(String who) {
        checkOpen(who);
        try {
            return lookahead != NONE || ready();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    /** The characters up to the next newline, which is consumed but not returned; eof at the end. */
    public final synchronized Object readLine(String who) {
        checkOpen(who);
        int c = take(who);
        if (c < 0) {
            return Eof.VALUE;
        }
        MStringBuilder line = new MStringBuilder(80);
        while (c >= 0 && c != '\n') {
            line.add(c);
            c = take(who);
        }
        return line.build();
    }

    /** Up to k characters; eof if the port is at its end and k > 0. */
    public final synchronized Object readString(String who, int k) {
        checkOpen(who);
        MStringBuilder s = new MStringBuilder(Math.min(k, 4096));
        while (s.size() < k) {
            int c = take(who);
            if (c < 0) {
                if (s.size() == 0) {
                    return Eof.VALUE;
                }
                break;
            }
            s.add(c);
        }
        return s.build();
    }

    @Override
    public final int peek() {
        return peekChar("read");
    }

    @Override
    public final int read() {
        return readChar("read");
    }

    private int take(String who) {
        int c = lookahead;
        if (c != NONE) {
            lookahead = NONE;
            return c;
        }
        return fetch(who);
    }

    private int fetch(String who) {
        try {
            return next();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }
}
