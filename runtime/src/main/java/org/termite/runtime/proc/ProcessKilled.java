package org.termite.runtime.proc;

/** Ends a process that terminate! was called on, at its next safe point. */
final class ProcessKilled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProcessKilled() {
        super(null, null, false, false);
    }
}
