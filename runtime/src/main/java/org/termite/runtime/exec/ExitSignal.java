package org.termite.runtime.exec;

/** Thrown by exit: unwinds to the program runner, which flushes output and ends the JVM with the code. */
public final class ExitSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final int code;

    public ExitSignal(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
