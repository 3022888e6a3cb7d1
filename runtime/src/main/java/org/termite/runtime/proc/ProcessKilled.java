package org.termite.runtime.proc;

/**
 * Ends a process that terminate! was called on, at its next safe point, or one that ends itself with halt!
 * (Termite's quiet exit, reason normal).
 */
final class ProcessKilled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final org.termite.runtime.value.Symbol reason;

    ProcessKilled() {
        this(TermiteException.TERMINATED);
    }

    ProcessKilled(org.termite.runtime.value.Symbol reason) {
        super(null, null, false, false);
        this.reason = reason;
    }
}
