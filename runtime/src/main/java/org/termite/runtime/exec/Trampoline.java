package org.termite.runtime.exec;

import java.lang.invoke.MethodHandles;

/**
 * Runs computations to completion on the current thread (see {@link Run} for the mechanism), and holds the
 * call-depth bound that keeps the JVM stack small.
 *
 * <p>This is the "generalized stack inspection" technique: no heap frame exists for a call whose continuation
 * is never captured, and the JVM stack stays bounded however deep the Scheme recursion goes.
 */
public final class Trampoline {
    /**
     * The call depth {@code d} that every call passes counts two things: in its high bits the calls on the JVM stack
     * since the innermost base, and in its low {@code TAIL_BITS} the tail calls made since the last non-tail call.
     * A non-tail call passes {@link #nonTailCall}{@code (d)}, a tail call {@link #tailCall}{@code (d)}; the entry
     * check compares the whole number with {@link #depthLimit}, so it bounds the calls of either kind.
     */
    public static final int TAIL_BITS = 8;
    /** One call's worth of depth. */
    public static final int CALL = 1 << TAIL_BITS;
    /**
     * Tail calls a chain makes as JVM calls before a tail call site returns the next one as a {@link TailCall} to the
     * nearest non-tail call site: a chain's frames then stay on the JVM stack, 255 at most, and cost one return each.
     */
    public static final int TAIL_CALLS = CALL - 1;

    /**
     * Scheme calls allowed on the JVM stack above the outermost base of a {@link SchemeThread} before the stack is
     * moved to the heap. Deep, so that recursion thousands deep (Ackermann's function, a tree walk) never unwinds;
     * not deeper, because every young collection scans every frame of every thread's stack (a stack a million
     * calls deep made each pause of G1 take 0.4 s, for every process of the node), while frames moved to the heap
     * are scanned once they are old only when they change; and because the first unwinding through compiled code
     * whose unwinding path has never run costs a deoptimization per frame (10 µs each: 12 s for a million).
     * The system property {@code termite.maxDepth} sets another bound (for measurements; the thread's stack,
     * {@link SchemeThread#STACK_BYTES}, must hold it).
     */
    public static final int MAX_DEPTH = Math.min(Integer.getInteger("termite.maxDepth", 100_000), Integer.MAX_VALUE / CALL - 1);

    /**
     * Calls allowed above a base on any other thread (whose stack may be the JVM's default, 512 KB to 1 MB), and
     * above a base nested in another one: such a base starts at {@code MAX_DEPTH - SHALLOW_DEPTH}.
     */
    public static final int SHALLOW_DEPTH = 1_000;

    private static final int SHALLOW_BASE = Math.max(0, MAX_DEPTH - SHALLOW_DEPTH) * CALL;

    /** {@link #MAX_DEPTH} as a call depth. */
    public static final int LIMIT = MAX_DEPTH * CALL;

    /**
     * Compared with the call depth on entry to every compiled procedure. Normally {@link #LIMIT}; a scheduler
     * may lower it to make running code reach a safe point. Deliberately not volatile: a volatile read on every
     * call costs almost as much as the call (fib(40): 2.4 s against 1.0 s). Compiled code rereads a plain static
     * after every call it does not inline, which is enough for a hint.
     */
    public static int depthLimit = LIMIT;

    static {
        // The out-of-line path of every compiled call site calls TailCall.settle and makes a Frame. Code that the JIT
        // compiles before a program has used either class gets a trap in their place, and a deep recursion compiled
        // so leaves compiled code once per frame when it first unwinds (25,000-70,000 deoptimizations in the first
        // run of deep.scm, each some microseconds).
        initialize(TailCall.class);
        initialize(Frame.class);
    }

    private static void initialize(Class<?> c) {
        try {
            MethodHandles.lookup().ensureInitialized(c);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** The depth a non-tail call made at depth {@code d} passes: one call deeper, no tail calls since. */
    public static int nonTailCall(int d) {
        return (d | TAIL_CALLS) + 1;
    }

    /** The depth a tail call made at depth {@code d} passes: one call deeper, one tail call more. */
    public static int tailCall(int d) {
        return d + CALL + 1;
    }

    /** Whether code at depth {@code d} was called by code that a trampoline base called: its returns reach the base. */
    public static boolean calledFromBase(int d) {
        return d == CALL || d == CALL + 1;
    }

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
     * Called by a compiled procedure whose entry found {@code d > depthLimit}. Returns the capture the procedure
     * returns to unwind to the base, which then calls {@code p} again with {@code args} on an empty JVM stack; or
     * null, for the procedure to go on, when the limit was only lowered for another thread.
     */
    public static Object onDepthLimit(int d, Procedure p, Object[] args) {
        if (d > LIMIT) {
            if (Preemption.requested()) {
                Preemption.check(p, args);
            }
            return new Capture(k -> p.call(baseDepth(), args));
        }
        Preemption.check(p, args);
        return null;
    }

    /** Puts the depth limit back once no process needs to be stopped at a safe point. */
    public static void restoreDepthLimit() {
        depthLimit = LIMIT;
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
