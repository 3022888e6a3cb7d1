package org.termite.runtime.proc;

/**
 * What an idle worker does instead of sleeping once the node has connections: it waits for their bytes itself and
 * handles them on the spot, so that a message from another node wakes one thread, the worker, which then runs the
 * receiving process from its own queue (instead of a reader thread waking first and then waking a worker).
 * Only one thread waits on it at a time; the ticker handles what is ready when every worker is busy.
 */
public interface IdleWait {
    /** Waits at most {@code millis} for I/O and handles what came; false at once if another thread is waiting. */
    boolean await(long millis);

    /** Handles I/O that is ready, without waiting, unless another thread is waiting on it. */
    void pollNow();

    /** Ends an {@link #await} in progress, or makes the next one return at once. */
    void wake();
}
