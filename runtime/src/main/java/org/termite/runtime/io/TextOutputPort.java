package org.termite.runtime.io;

import java.io.IOException;
import org.termite.runtime.text.Printer;
import org.termite.runtime.value.MString;

/** A textual output port. Subclasses store code points; this class does the checks and printing. */
public abstract class TextOutputPort extends Port {
    /** How {@link #print} renders a datum. */
    public enum Style { DISPLAY, WRITE, WRITE_SHARED, WRITE_SIMPLE }

    protected TextOutputPort(String description) {
        super(description);
    }

    protected abstract void put(int codePoint) throws IOException;

    protected abstract void put(CharSequence text) throws IOException;

    protected abstract void flushOut() throws IOException;

    /** Called after each complete write operation; the console uses it to flush. */
    protected void afterWrite() throws IOException {}

    /** The builder the port accumulates its text in, if it has one: the printer then appends to it directly. */
    protected StringBuilder builder() {
        return null;
    }

    @Override
    public final boolean isInput() {
        return false;
    }

    @Override
    public final boolean isOutput() {
        return true;
    }

    @Override
    public final boolean isTextual() {
        return true;
    }

    public final synchronized void writeChar(String who, int codePoint) {
        checkOpen(who);
        try {
            put(codePoint);
            afterWrite();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    public final synchronized void writeString(String who, CharSequence text) {
        checkOpen(who);
        try {
            put(text);
            afterWrite();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    /** Writes the characters {@code [start..end)} of a Scheme string. */
    public final synchronized void writeString(String who, MString s, int start, int end) {
        checkOpen(who);
        try {
            StringBuilder sb = builder();
            if (sb != null) {
                s.appendTo(sb, start, end);
            } else {
                put(s.toString(start, end));
            }
            afterWrite();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    public final synchronized void print(String who, Object x, Style style) {
        checkOpen(who);
        try {
            StringBuilder direct = builder();
            StringBuilder sb = direct != null ? direct : new StringBuilder();
            switch (style) {
                case DISPLAY: Printer.print(x, false, sb); break;
                case WRITE: Printer.print(x, true, sb); break;
                case WRITE_SHARED: Printer.printShared(x, true, sb); break;
                default: Printer.printSimple(x, true, sb); break;
            }
            if (direct == null) {
                put(sb);
            }
            afterWrite();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    public final synchronized void flush(String who) {
        checkOpen(who);
        try {
            flushOut();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }
}
