package org.termite.runtime.io;

import java.io.IOException;
import java.io.Writer;

/** A textual output port over a character stream, such as a UTF-8 file. */
public final class WriterOutputPort extends TextOutputPort {
    private final Writer out;

    public WriterOutputPort(Writer out, String description) {
        super(description);
        this.out = out;
    }

    @Override
    protected void put(int codePoint) throws IOException {
        if (Character.isBmpCodePoint(codePoint)) {
            out.write(codePoint);
        } else {
            out.write(Character.toChars(codePoint));
        }
    }

    @Override
    protected void put(CharSequence s) throws IOException {
        out.append(s);
    }

    @Override
    protected void flushOut() throws IOException {
        out.flush();
    }

    @Override
    protected void release() throws IOException {
        out.close();
    }
}
