package org.termite.runtime.exec;

/**
 * A thread made to run Scheme code: its JVM stack is large enough for {@link Trampoline#MAX_DEPTH} compiled
 * calls above its outermost trampoline base, so deep recursion and long chains of tail calls unwind to the heap
 * rarely. Any other thread, and a base nested inside another on this one (Scheme called back from Java), gets
 * only {@link Trampoline#SHALLOW_DEPTH} calls, which a default JVM stack holds.
 */
public class SchemeThread extends Thread {
    /**
     * Reserved, not committed: the operating system backs only the pages a deep recursion touches. A compiled
     * call takes 100–250 bytes of JVM stack (more while interpreted), so this leaves room for MAX_DEPTH calls,
     * Java code called from them, and a few nested bases.
     */
    public static final long STACK_BYTES = 512L << 20;

    /** How many trampoline bases are running on this thread; written and read by this thread only. */
    int bases;

    public SchemeThread(Runnable body, String name) {
        super(null, body, name, STACK_BYTES);
    }

    /** For a subclass that overrides {@link #run}. */
    protected SchemeThread(String name) {
        super(null, null, name, STACK_BYTES);
    }
}
