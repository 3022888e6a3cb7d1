package org.termite.runtime.exec;

/**
 * The state of the Scheme computation running on the current thread: its dynamic environment and the last
 * error seen at a trampoline base (for the backtrace of an uncaught error). Only slow paths read it: handler
 * installation, dynamic-wind, parameters, continuation capture.
 */
public final class Context {
    // Subclasses rather than withInitial(Context::new): a method reference costs start-up a class spun at run time.
    private static final ThreadLocal<Context> CURRENT = new Fresh();
    private static final ThreadLocal<Context> OWN = new Fresh();

    private static final class Fresh extends ThreadLocal<Context> {
        @Override
        protected Context initialValue() {
            return new Context();
        }
    }

    public DynamicState dyn = DynamicState.EMPTY;
    /** The process this context belongs to, or null for code run outside the scheduler. */
    public Owner owner;
    SchemeError lastError;
    Frame lastErrorContinuation;

    /**
     * A thread that keeps its current context in a field of its own, null when it has none installed: scheduler
     * threads, which switch contexts at every message a process waits for, and where a ThreadLocal's lookup showed.
     */
    public interface Carrier {
        Context installed();

        void installed(Context context);
    }

    public static Context current() {
        if (Thread.currentThread() instanceof Carrier t) {
            Context c = t.installed();
            if (c != null) {
                return c;
            }
        }
        return CURRENT.get();
    }

    /** Makes {@code context} current on this thread; null restores the thread's own context. */
    public static void install(Context context) {
        if (Thread.currentThread() instanceof Carrier t) {
            t.installed(context);
            return;
        }
        CURRENT.set(context != null ? context : OWN.get());
    }

    void recordError(SchemeError error, Frame k) {
        lastError = error;
        lastErrorContinuation = k;
    }

    /** The backtrace of the most recent error whose payload is {@code payload}, innermost first. */
    public java.util.List<String> backtraceOf(Object payload) {
        if (lastError == null || lastError.payload != payload) {
            return java.util.List.of();
        }
        return Backtrace.of(lastError, lastErrorContinuation);
    }
}
