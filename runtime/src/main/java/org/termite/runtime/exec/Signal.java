package org.termite.runtime.exec;

/**
 * What a procedure returns, instead of a value, to make its caller do something other than go on: save its frame
 * and pass the signal on ({@link Capture}), drop its frame ({@link Abort}), or make a call on its behalf
 * ({@link TailCall}). Every non-tail call site of compiled code checks the value it gets with one
 * {@code instanceof Signal}, so that a capture costs a return per frame instead of the JVM's unwinding of a thrown
 * exception, which looks up a handler table in every frame it crosses.
 *
 * <p>Captures and aborts may also be thrown: code that cannot return them (a primitive in the middle of its work, an
 * error deep in Java code) throws, and the call sites' handlers do the same work. A tail call is only ever returned.
 * Java code that calls a procedure and uses its value must pass a signal on or settle it (see {@link TailCall#settle});
 * a trampoline base ({@link Run}) takes every kind.
 *
 * <p>No stack trace: a signal is a transfer of control, not an error.
 */
public abstract class Signal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected Signal() {
        super(null, null, false, false);
    }

    /** For errors, which want the JVM stack trace that locates the failing source line. */
    protected Signal(String message, boolean withStackTrace) {
        super(message, null, false, withStackTrace);
    }
}
