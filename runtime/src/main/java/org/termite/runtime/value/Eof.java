package org.termite.runtime.value;

/** The end-of-file object. */
public final class Eof {
    public static final Eof VALUE = new Eof();

    private Eof() {}

    @Override
    public String toString() {
        return "#!eof";
    }
}
