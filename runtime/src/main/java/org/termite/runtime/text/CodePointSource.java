package org.termite.runtime.text;

/** A stream of Unicode code points that the reader consumes: a string, or a textual input port. */
public interface CodePointSource {
    /** The next code point without consuming it, or -1 at the end. */
    int peek();

    /** The next code point, or -1 at the end. */
    int read();
}
