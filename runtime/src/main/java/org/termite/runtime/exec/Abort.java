package org.termite.runtime.exec;

/**
 * The signal that replaces the whole current continuation, returned (or thrown) when a continuation is invoked.
 * Call sites pass it on without saving anything: the frames it passes through are abandoned.
 */
public final class Abort extends Signal {
    private static final long serialVersionUID = 1L;

    final Frame k;
    final Object value;
    /** When not null, runs under {@link #k} instead of returning {@link #value} to it (Gambit's within-continuation). */
    final Pending then;

    public Abort(Frame k, Object value) {
        this(k, value, null);
    }

    public Abort(Frame k, Object value, Pending then) {
        this.k = k;
        this.value = value;
        this.then = then;
    }
}
