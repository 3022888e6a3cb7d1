package org.termite.runtime.io;

import java.io.IOException;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;

/**
 * A Scheme port. Each port keeps all of its state (buffers, lookahead, open flag) in itself and its
 * operations are synchronized on it, because processes on different worker threads may share a port
 * (the console ports above all); a port is never touched by two threads in the middle of an operation.
 */
public abstract class Port {
    private boolean open = true;
    /** What the port reads or writes, for its printed form: "string", "stdout", a file name. */
    private final String description;

    /**
     * A file port is bivalent, as in Gambit: a textual file port made by open-output-file (or open-input-file)
     * also takes write-u8 and write-bytevector (read-u8, read-bytevector) through this binary port over the same
     * stream. Null for other ports. Set once, when the port is opened.
     */
    Port binaryView;

    protected Port(String description) {
        this.description = description;
    }

    public abstract boolean isInput();

    public abstract boolean isOutput();

    public abstract boolean isTextual();

    public final boolean isBinary() {
        return !isTextual();
    }

    public final synchronized boolean isOpen() {
        return open;
    }

    /** Closing twice does nothing, as R7RS asks. */
    public final synchronized void close(String who) {
        if (!open) {
            return;
        }
        open = false;
        try {
            release();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    /** Flushes and frees what the port holds; the console ports leave the process's streams open. */
    protected void release() throws IOException {}

    /** Called by every operation, inside its synchronized block. */
    protected final void checkOpen(String who) {
        if (!open) {
            throw SchemeError.error(who + ": port is closed:", this);
        }
    }

    public String description() {
        return description;
    }

    static SchemeError ioError(String who, IOException e) {
        return SchemeError.fileError(who + ": input/output error:", MString.of(String.valueOf(e.getMessage())));
    }

    @Override
    public String toString() {
        String kind = isInput() ? "input-port" : "output-port";
        return "#<" + (isBinary() ? "binary-" : "") + kind + " " + description + ">";
    }
}
