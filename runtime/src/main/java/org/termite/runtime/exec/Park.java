package org.termite.runtime.exec;

/**
 * The pending action of a capture that stops the computation instead of going on at once: a process waiting
 * for a message or a timer, or giving up its time slice. The base saves the continuation and {@link #resume},
 * and the scheduler runs them later, on whatever worker thread.
 */
public final class Park implements Pending {
    /** What to run, with the saved continuation, when the process is scheduled again. */
    public final Pending resume;
    /** True when the process only yields its slice and is ready to run again at once. */
    public final boolean yield;

    public Park(Pending resume, boolean yield) {
        this.resume = resume;
        this.yield = yield;
    }

    @Override
    public Object run(Frame k) {
        throw SchemeError.error("cannot wait here: only a process can wait for messages or timers");
    }
}
