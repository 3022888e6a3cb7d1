package org.termite.runtime.exec;

/**
 * A computation on a trampoline base that can stop when it parks and go on later, maybe on another thread: the
 * base's state (pending action, continuation, last value) as an object. A process is one of these plus a
 * mailbox; a plain call from Java runs one to completion.
 *
 * <p>Code runs as ordinary JVM calls until something needs the continuation as data: call/cc, an error on its
 * way to the handlers, a call depth past {@link Trampoline#MAX_DEPTH}, or a park. That code returns or throws a
 * {@link Capture}; the call sites on the way down push their frames; here the frames are linked in front of the
 * continuation this base was running under, and the capture's {@link Pending} action runs with it. When the JVM
 * stack is empty the base resumes heap frames one at a time, innermost first, each with the value the previous
 * one returned.
 */
public final class Run {
    /**
     * What code running directly on a base (call depth 0) returns instead of throwing a park signal: the frames are
     * in the thread's park signal ({@link Capture#parkByReturn}). A throw would cost the JVM's unwinding of every
     * compiled frame it crosses; the most frequent park, a receive that waits, usually has one caller between it and
     * the base, and that caller's call site checks for this value.
     */
    public static final Object PARKED = new Object() {
        @Override
        public String toString() {
            return "#<parked>";
        }
    };

    /** Called by a call site that got {@link #PARKED}: adds the caller's frame and passes the park on. */
    public static Object parkedAt(Frame caller) {
        Capture.parkingNow().push(caller);
        return PARKED;
    }

    private Pending pending;
    private Frame k;
    private Object value;
    private boolean yielded;

    public Run(Pending start) {
        this.pending = start;
    }

    /**
     * Runs until the computation returns (true: see {@link #result}) or parks (false: see {@link #yielded}).
     * {@link Uncaught} and {@link ExitSignal} end it and propagate.
     */
    public boolean resume() {
        // Counts the bases on a Scheme thread: only the outermost one may let calls go MAX_DEPTH deep.
        SchemeThread thread = Thread.currentThread() instanceof SchemeThread t ? t : null;
        if (thread != null) {
            thread.bases++;
        }
        try {
            return run();
        } finally {
            if (thread != null) {
                thread.bases--;
            }
        }
    }

    private boolean run() {
        while (true) {
            try {
                if (pending != null) {
                    Pending p = pending;
                    pending = null;
                    value = p.run(k);
                } else if (k == null) {
                    return true;
                } else {
                    Frame f = k;
                    k = f.next;
                    value = f.resume(value);
                }
                if (value == PARKED) {
                    value = Capture.parkingNow();
                }
                if (value instanceof Signal s && !take(s)) {
                    return false;
                }
            } catch (Signal s) {
                if (!take(s)) {
                    return false;
                }
            } catch (StackOverflowError e) {
                pending = ignored -> {
                    throw SchemeError.error("stack overflow in a primitive");
                };
            }
        }
    }

    /**
     * Takes a signal that reached the base, returned or thrown: false if it parks the computation. A tail call is
     * made from here, on an empty stack.
     */
    private boolean take(Signal s) {
        if (s instanceof TailCall t) {
            pending = t;
        } else if (s instanceof Capture c) {
            k = c.link(k);
            if (c.pending instanceof Park park) {
                pending = park.resume;
                yielded = park.yield;
                return false;
            }
            pending = c.pending;
            if (c instanceof SchemeError e) {
                Context.current().recordError(e, k);
            }
        } else {
            Abort a = (Abort) s;
            k = a.k;
            value = a.value;
            pending = a.then;
        }
        return true;
    }

    public Object result() {
        return value;
    }

    /** After a park: true if the computation only gave up its slice, false if it waits for an event. */
    public boolean yielded() {
        return yielded;
    }

    /** The continuation saved at the last park (for migration and serialization). */
    public Frame continuation() {
        return k;
    }
}
