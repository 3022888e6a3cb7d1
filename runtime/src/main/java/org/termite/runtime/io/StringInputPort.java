package org.termite.runtime.io;

import org.termite.runtime.value.MString;

/** An input port reading the characters of a string (copied when the port is opened: strings are mutable). */
public final class StringInputPort extends TextInputPort {
    private final MString chars;
    private final int length;
    private int position;

    /** Reads {@code chars}, which the port keeps: the caller passes a copy no one else changes. */
    public StringInputPort(MString chars) {
        super("string");
        this.chars = chars;
        this.length = chars.length();
    }

    @Override
    protected int next() {
        return position < length ? chars.charAt(position++) : -1;
    }
}
