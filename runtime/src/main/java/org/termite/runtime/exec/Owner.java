package org.termite.runtime.exec;

/**
 * What the execution engine needs from the process a {@link Context} belongs to, without knowing what processes
 * are: the safe point of compiled code and a way to be woken after parking. The process package implements it;
 * the engine and blocking I/O reach it through {@link Context#owner}, so this package does not depend on theirs.
 */
public interface Owner {
    /** Whether the owner was asked to yield or to end, so code that builds its own re-entry can stop. */
    boolean stopRequested();

    /**
     * At a safe point: throws a park that re-enters by calling {@code p} with {@code args} if the owner was asked
     * to yield, or ends it if it was terminated; returns otherwise.
     */
    void atSafePoint(Procedure p, Object[] args);

    /** A wake-up, callable from any thread, that makes the owner run again after it parked waiting for an event. */
    Runnable waker();
}
