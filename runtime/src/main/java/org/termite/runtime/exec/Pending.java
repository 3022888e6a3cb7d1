package org.termite.runtime.exec;

/**
 * What the trampoline base does once a {@link Capture} has moved the stack into heap frames: call a procedure
 * (re-entry after a deep stack), give the continuation to call/cc's receiver, hand an error to the handlers.
 */
@FunctionalInterface
public interface Pending {
    /** Runs with {@code k} as its continuation: the value returned is passed to {@code k}. */
    Object run(Frame k);
}
