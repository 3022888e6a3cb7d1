package org.termite.runtime.exec;

/**
 * The safe point of compiled code: reached on a call when the depth limit is lowered, and every thousand
 * iterations of a loop. Code running outside any process has no safe point to honour.
 */
public final class Preemption {
    private Preemption() {}

    public static void check(Procedure p, Object[] args) {
        Owner owner = Context.current().owner;
        if (owner != null) {
            owner.atSafePoint(p, args);
        }
    }

    /** Whether the running process must stop at this safe point (for code that builds its own re-entry). */
    public static boolean requested() {
        Owner owner = Context.current().owner;
        return owner != null && owner.stopRequested();
    }

    /** Whether the current code runs in a process (which can park) rather than on a plain thread. */
    public static boolean inProcess() {
        return Context.current().owner != null;
    }

    /**
     * Parks the current process until an event source calls the wake-up it is given ({@code register} hands it
     * over), then runs {@code retry} with the saved continuation. The wake-up may come from any thread, even
     * before the process has finished parking.
     */
    public static void parkUntil(java.util.function.Consumer<Runnable> register, java.util.function.Supplier<Object> retry) {
        register.accept(Context.current().owner.waker());
        throw Capture.park(new Park(k -> retry.get(), false));
    }
}
