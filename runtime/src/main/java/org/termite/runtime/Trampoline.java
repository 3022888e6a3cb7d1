package org.termite.runtime;

/**
 * The base of a Scheme computation on the JVM stack.
 *
 * <p>Code runs as ordinary JVM calls until something needs the continuation as data: call/cc, an error on its
 * way to the handlers, or a call depth past {@link #MAX_DEPTH}. That code throws a {@link Capture}; the call
 * sites on the way down push their frames; here the frames are linked in front of the continuation this base
 * was running under, and the capture's {@link Pending} action runs with it. When the JVM stack is empty the
 * base resumes heap frames one at a time, innermost first, each with the value the previous one returned.
 *
 * <p>This is the "generalized stack inspection" technique: no heap frame exists for a call whose continuation
 * is never captured, and the JVM stack stays bounded however deep the Scheme recursion goes.
 */
public final class Trampoline {
    /** Scheme calls allowed on the JVM stack above one base before it is moved to the heap. */
    public static final int MAX_DEPTH = 1_000;

    /**
     * Compared with the call depth on entry to every compiled procedure. Normally {@link #MAX_DEPTH}; a scheduler
     * may lower it to make running code reach a safe point. Deliberately not volatile: a volatile read on every
     * call costs almost as much as the call (fib(40): 2.4 s against 1.0 s). Compiled code rereads a plain static
     * after every call it does not inline, which is enough for a hint.
     */
    public static int depthLimit = MAX_DEPTH;

    private Trampoline() {}

    /** Runs {@code start} to completion on this thread and returns its value. */
    public static Object run(Pending start) {
        return loop(start, null, null);
    }

    /** Calls a procedure from Java code with a base of its own. */
    public static Object call(Procedure p, Object... args) {
        return loop(k -> p.call(0, args), null, null);
    }

    private static Object loop(Pending pending, Frame k, Object value) {
        while (true) {
            try {
                if (pending != null) {
                    Pending p = pending;
                    pending = null;
                    value = p.run(k);
                } else if (k == null) {
                    return value;
                } else {
                    Frame f = k;
                    k = f.next;
                    value = f.resume(value);
                }
            } catch (Capture c) {
                k = c.link(k);
                pending = c.pending;
                if (c instanceof SchemeError e) {
                    Context.current().recordError(e, k);
                }
            } catch (Abort a) {
                k = a.k;
                value = a.value;
                pending = null;
            } catch (StackOverflowError e) {
                pending = ignored -> {
                    throw SchemeError.error("stack overflow in a primitive");
                };
            }
        }
    }

    /**
     * Called by a compiled procedure whose entry found {@code d > depthLimit}. Unwinds to the base, which then
     * calls {@code p} again with {@code args} on an empty JVM stack, unless the limit was only lowered for
     * another thread.
     */
    public static void onDepthLimit(int d, Procedure p, Object[] args) {
        if (d > MAX_DEPTH) {
            throw new Capture(k -> p.call(0, args));
        }
    }
}
