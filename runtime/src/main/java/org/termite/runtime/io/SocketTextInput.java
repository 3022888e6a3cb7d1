package org.termite.runtime.io;

import java.io.IOException;

/** The textual input side of a TCP connection: UTF-8 decoded from the bytes the connection has received. */
final class SocketTextInput extends TextInputPort {
    final SocketInput source;

    SocketTextInput(SocketInput source, String description) {
        super(description);
        this.source = source;
    }

    /** One code point; a malformed or truncated sequence becomes U+FFFD, as the file ports' decoder does. */
    @Override
    protected int next() throws IOException {
        int b = source.read();
        if (b < 0x80) {
            return b;
        }
        int more;
        int cp;
        if (b >= 0xF0 && b <= 0xF4) {
            more = 3;
            cp = b & 0x07;
        } else if (b >= 0xE0) {
            more = b <= 0xEF ? 2 : -1;
            cp = b & 0x0F;
        } else if (b >= 0xC2) {
            more = 1;
            cp = b & 0x1F;
        } else {
            more = -1;
            cp = 0;
        }
        if (more < 0) {
            return 0xFFFD;
        }
        for (int i = 0; i < more; i++) {
            int c = source.read();
            if (c < 0 || (c & 0xC0) != 0x80) {
                return 0xFFFD;
            }
            cp = cp << 6 | (c & 0x3F);
        }
        boolean overlong = (more == 2 && cp < 0x800) || (more == 3 && cp < 0x10000);
        boolean invalid = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
        return overlong || invalid ? 0xFFFD : cp;
    }

    @Override
    protected boolean ready() {
        return source.readable(false, 1);
    }
}
