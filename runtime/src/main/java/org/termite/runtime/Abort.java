package org.termite.runtime;

/**
 * The signal that replaces the whole current continuation, thrown when a continuation is invoked. Call sites
 * do not catch it: the frames it passes through are abandoned.
 */
public final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final Frame k;
    final Object value;

    public Abort(Frame k, Object value) {
        super(null, null, false, false);
        this.k = k;
        this.value = value;
    }
}
