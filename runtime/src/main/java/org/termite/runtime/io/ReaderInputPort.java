package org.termite.runtime.io;

import java.io.IOException;
import java.io.Reader;

/** A textual input port over a decoded character stream: a UTF-8 file or the console's standard input. */
public final class ReaderInputPort extends TextInputPort {
    private final Reader in;
    /** Files never block, so char-ready? is always true; the console asks its reader. */
    private final boolean interactive;
    private final boolean ownsStream;
    /** A UTF-16 unit read after a high surrogate that did not pair with it; -2 when there is none. */
    private int pending = -2;

    public ReaderInputPort(Reader in, String description, boolean interactive, boolean ownsStream) {
        super(description);
        this.in = in;
        this.interactive = interactive;
        this.ownsStream = ownsStream;
    }

    /** Joins UTF-16 surrogate pairs into one code point; a lone surrogate becomes U+FFFD. */
    @Override
    protected int next() throws IOException {
        int c = pending != -2 ? pending : in.read();
        pending = -2;
        if (c >= 0 && Character.isSurrogate((char) c)) {
            if (Character.isHighSurrogate((char) c)) {
                int d = in.read();
                if (d >= 0 && Character.isLowSurrogate((char) d)) {
                    return Character.toCodePoint((char) c, (char) d);
                }
                pending = d;
            }
            return 0xFFFD;
        }
        return c;
    }

    @Override
    protected boolean ready() throws IOException {
        return !interactive || pending != -2 || in.ready();
    }

    @Override
    protected void release() throws IOException {
        if (ownsStream) {
            in.close();
        }
    }
}
