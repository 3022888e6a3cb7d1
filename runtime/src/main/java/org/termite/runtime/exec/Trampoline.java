package org.termite.runtime.exec;

/**
 * Runs computations to completion on the current thread (see {@link Run} for the mechanism), and holds the
 * call-depth bound that keeps the JVM stack small.
 *
 * <p>This is the "generalized stack inspection" technique: no heap frame exists for a call whose continuation
 * is never captured, and the JVM stack stays bounded however deep the Scheme recursion goes.
 */
public final class Trampoline {
    /**
     * Scheme calls allowed on the JVM stack above the outermost base of a {@link SchemeThread} before the stack is
     * moved to the heap. Deep, so that recursion thousands deep (Ackermann's function, a tree walk) never unwinds:
     * an unwind costs the JVM's exception machinery on every frame, and each frame then comes back through the
     * base one at a time.
     * The system property {@code termite.maxDepth} sets another bound (for measurements; the thread's stack,
     * {@link SchemeThread#STACK_BYTES}, must hold it).
     */
    public static final int MAX_DEPTH = Integer.getInteger("termite.maxDepth", 100_000);

    /**
     * Calls allowed above a base on any other thread (whose stack may be the JVM's default, 512 KB to 1 MB), and
     * above a base nested in another one: such a base starts at {@code MAX_DEPTH - SHALLOW_DEPTH}.
     */
    public static final int SHALLOW_DEPTH = 1_000;

    private static final int SHALLOW_BASE = Math.max(0, MAX_DEPTH - SHALLOW_DEPTH);

    /**
     * Compared with the call depth on entry to every compiled procedure. Normally {@link #MAX_DEPTH}; a scheduler
     * may lower it to make running code reach a safe point. Deliberately not volatile: a volatile read on every
     * call costs almost as much as the call (fib(40): 2.4 s against 1.0 s). Compiled code rereads a plain static
     * after every call it does not inline, which is enough for a hint.
     */
    public static int depthLimit = MAX_DEPTH;

    private Trampoline() {}

    /**
     * The call depth a trampoline base gives the code it calls on this thread: 0 for the outermost base of a
     * {@link SchemeThread}, else {@code MAX_DEPTH - SHALLOW_DEPTH}, so that the depth check unwinds before a small
     * stack overflows.
     */
    public static int baseDepth() {
        return Thread.currentThread() instanceof SchemeThread t && t.bases <= 1 ? 0 : SHALLOW_BASE;
    }

    /** Runs {@code start} to completion on this thread and returns its value. */
    public static Object run(Pending start) {
        Run run = new Run(start);
        while (!run.resume()) {
            if (!run.yielded()) {
                throw SchemeError.error("cannot wait here: only a process can wait for messages or timers");
            }
        }
        return run.result();
    }

    /** Calls a procedure from Java code with a base of its own. */
    public static Object call(Procedure p, Object... args) {
        return run(k -> p.call(baseDepth(), args));
    }

    /**
     * Called by a compiled procedure whose entry found {@code d > depthLimit}. Unwinds to the base, which then
     * calls {@code p} again with {@code args} on an empty JVM stack, unless the limit was only lowered for
     * another thread.
     */
    public static void onDepthLimit(int d, Procedure p, Object[] args) {
        if (d > MAX_DEPTH) {
            if (org.termite.runtime.exec.Preemption.requested()) {
                org.termite.runtime.exec.Preemption.check(p, args);
            }
            throw new Capture(k -> p.call(baseDepth(), args));
        }
        org.termite.runtime.exec.Preemption.check(p, args);
    }

    /**
     * Called by a loop of self tail calls every {@link #LOOP_POLL_PERIOD} iterations: such a loop makes no call,
     * so it would never reach {@link #onDepthLimit}.
     */
    public static void loopPoll(Procedure p, Object[] args) {
        org.termite.runtime.exec.Preemption.check(p, args);
    }

    public static final int LOOP_POLL_PERIOD = 1024;
}
