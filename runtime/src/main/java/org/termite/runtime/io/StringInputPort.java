package org.termite.runtime.io;

/** An input port reading the characters of a string (copied when the port is opened: strings are mutable). */
public final class StringInputPort extends TextInputPort {
    private final int[] chars;
    private int position;

    public StringInputPort(int[] chars) {
        super("string");
        this.chars = chars;
    }

    @Override
    protected int next() {
        return position < chars.length ? chars[position++] : -1;
    }
}
