package org.termite.runtime.io;

import org.termite.runtime.value.MString;

/** An output port accumulating a string; get-output-string still works after it is closed. */
public final class StringOutputPort extends TextOutputPort {
    private final StringBuilder text = new StringBuilder();

    public StringOutputPort() {
        super("string");
    }

    @Override
    protected void put(int codePoint) {
        text.appendCodePoint(codePoint);
    }

    @Override
    protected void put(CharSequence s) {
        text.append(s);
    }

    @Override
    protected void flushOut() {}

    @Override
    protected StringBuilder builder() {
        return text;
    }

    public synchronized MString contents() {
        return MString.of(text);
    }
}
