package org.termite.runtime.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A textual output port that encodes UTF-8 straight into a byte stream it shares with a binary port (a TCP
 * connection's two sides), so that text and bytes written in turn go out in that order.
 */
final class Utf8OutputPort extends TextOutputPort {
    private final OutputStream out;

    Utf8OutputPort(OutputStream out, String description) {
        super(description);
        this.out = out;
    }

    @Override
    protected void put(int cp) throws IOException {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | (cp >> 6 & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | (cp >> 12 & 0x3F));
            out.write(0x80 | (cp >> 6 & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    @Override
    protected void put(CharSequence text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                put(Character.toCodePoint(c, text.charAt(++i)));
            } else {
                put(Character.isSurrogate(c) ? 0xFFFD : c);
            }
        }
    }

    @Override
    protected void flushOut() throws IOException {
        out.flush();
    }
}
