package org.termite.runtime.exec;

/**
 * A callable Scheme value.
 *
 * <p>Calling convention: the first argument of every apply method is the call depth {@code d}, the number of
 * Scheme calls on the JVM stack since the innermost {@link Trampoline} base. Compiled bodies check it on entry
 * against {@link Trampoline#depthLimit} and, past it, return a {@link Capture} that moves the stack into heap
 * frames; that is how deep recursion runs in bounded JVM stack. A non-tail call passes
 * {@link Trampoline#nonTailCall}{@code (d)}, a tail call {@link Trampoline#tailCall}{@code (d)}; a long chain of
 * tail calls is handed back as a {@link TailCall}. A call may return a {@link Signal} instead of a value: Java code
 * that uses the value of a call must pass it on or settle it.
 * A trampoline base calls with {@link Trampoline#baseDepth()} (through a {@link Pending} or {@link Frame}): 0 for
 * the outermost base of a {@link SchemeThread}, which is where processes run, and only a base calls with 0, so
 * code at depth 0 returns straight to the base: a receive relies on that to return {@link Run#PARKED} instead of
 * throwing. Other bases start deeper, so that a thread with a small JVM stack unwinds sooner.
 *
 * <p>Arities 0 to 4 have their own method so that ordinary calls pass arguments in registers; other calls
 * use {@link #applyN}. A subclass overrides the method of its own arity and {@code applyN}; the defaults
 * route every other arity to {@code applyN}, which reports the arity error.
 */
public abstract class Procedure {
    protected static final Object[] NO_ARGS = new Object[0];

    public Object apply0(int d) {
        return applyN(d, NO_ARGS);
    }

    public Object apply1(int d, Object a) {
        return applyN(d, new Object[] {a});
    }

    public Object apply2(int d, Object a, Object b) {
        return applyN(d, new Object[] {a, b});
    }

    public Object apply3(int d, Object a, Object b, Object c) {
        return applyN(d, new Object[] {a, b, c});
    }

    public Object apply4(int d, Object a, Object b, Object c, Object e) {
        return applyN(d, new Object[] {a, b, c, e});
    }

    public abstract Object applyN(int d, Object[] args);

    /**
     * Re-enters this procedure at a resume point saved in a {@link Frame}, with the saved live variables and
     * the value the interrupted call returned. Only compiled procedures with non-tail calls have resume points.
     */
    public Object resume(int point, Object[] slots, Object value) {
        throw new IllegalStateException(name() + " has no resume point " + point);
    }

    /**
     * The procedure a call site that takes {@link Run#PARKED} back calls in place of this one: the same procedure
     * except for the runtime's receives, which may then return the park instead of throwing it.
     */
    public Procedure parkingEntry() {
        return this;
    }

    /** The procedure's name for messages and backtraces. */
    public String name() {
        return "anonymous";
    }

    /** The source position ({@code file:line:column}) of a resume point, for backtraces; null if unknown. */
    public String resumePosition(int point) {
        return null;
    }

    /** Dispatches by argument count; used where the count is only known at run time. */
    public final Object call(int d, Object[] args) {
        switch (args.length) {
            case 0: return apply0(d);
            case 1: return apply1(d, args[0]);
            case 2: return apply2(d, args[0], args[1]);
            case 3: return apply3(d, args[0], args[1], args[2]);
            case 4: return apply4(d, args[0], args[1], args[2], args[3]);
            default: return applyN(d, args);
        }
    }

    @Override
    public String toString() {
        return "#<procedure " + name() + ">";
    }
}
