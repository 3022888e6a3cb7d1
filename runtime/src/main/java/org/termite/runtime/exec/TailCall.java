package org.termite.runtime.exec;

/**
 * A call that a tail call site hands back to the nearest non-tail call site (or trampoline base) instead of making
 * it: compiled code makes a tail call as a JVM call, which leaves the caller's frame on the JVM stack, so a chain of
 * tail calls (code in continuation-passing style, mutually recursive loops) would grow the stack without bound.
 * The call depth counts tail calls since the last non-tail call (see {@link Trampoline#tailCall}); after
 * {@link Trampoline#TAIL_CALLS} of them the next one is returned as this, every frame of the chain returns it, and
 * the non-tail call site makes it from its own depth. The chain's frames cost returns, not an unwinding.
 */
public final class TailCall extends Signal implements Pending {
    private static final long serialVersionUID = 1L;

    private final Procedure fn;
    private final Object[] args;

    private TailCall(Procedure fn, Object[] args) {
        this.fn = fn;
        this.args = args;
    }

    /** Called by a compiled tail call site whose depth says the chain is long enough. */
    public static TailCall of(Procedure fn, Object[] args) {
        return new TailCall(fn, args);
    }

    /**
     * What a non-tail call made at depth {@code d} returned once the tail calls it handed back are made: a value or a
     * {@link Capture} or {@link Abort} for the caller to pass on. Called by compiled call sites that got a signal.
     */
    public static Object settle(Object value, int d) {
        while (value instanceof TailCall t) {
            value = t.fn.call(Trampoline.nonTailCall(d), t.args);
        }
        return value;
    }

    /** The tail call made from a trampoline base, on an empty stack. */
    @Override
    public Object run(Frame k) {
        return fn.call(Trampoline.baseDepth(), args);
    }
}
