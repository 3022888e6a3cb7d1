package org.termite.runtime.exec;

/**
 * The signal that moves the JVM stack into heap frames. Every non-tail call site in compiled code that gets it,
 * returned or thrown, pushes a {@link Frame} with its resume point and live variables and passes it on the same
 * way; tail calls have nothing to resume. At the trampoline base the frames become the continuation and
 * {@link #pending} runs under it.
 *
 * <p>It carries no stack trace: capture is a control transfer, not an error, and must stay cheap.
 */
public class Capture extends Signal {
    private static final long serialVersionUID = 1L;

    /**
     * How many captures this JVM has thrown: a statistic for tests and tuning. A LongAdder: workers capture
     * concurrently. A park returned to its base instead of thrown is not counted; it is a message wait's cost.
     */
    private static final java.util.concurrent.atomic.LongAdder CREATED = new java.util.concurrent.atomic.LongAdder();

    private Frame[] frames = new Frame[16];
    private int count;
    Pending pending;

    /**
     * A thread that keeps one capture to throw for every park. Parks are the most frequent captures (one per
     * receive that waits), and a park signal is forgotten by its base before the thread runs Scheme code again.
     */
    public interface ParkingThread {
        Capture parkSignal();
    }

    /** The capture that parks with {@code park}: the thread's own if it keeps one, else a new one. */
    public static Capture park(Park park) {
        Capture c = parkByReturn(park);
        if (c == null) {
            return new Capture(park);
        }
        CREATED.increment();
        return c;
    }

    /**
     * The current thread's park signal, ready to collect the frames of a park that returns {@link Run#PARKED} to
     * its base instead of throwing; null on a thread that keeps none.
     */
    public static Capture parkByReturn(Park park) {
        if (Thread.currentThread() instanceof ParkingThread t) {
            Capture c = t.parkSignal();
            c.pending = park;
            c.count = 0;
            return c;
        }
        return null;
    }

    /** The park signal that a {@link Run#PARKED} return is collecting frames in. */
    static Capture parkingNow() {
        return ((ParkingThread) Thread.currentThread()).parkSignal();
    }

    /** For a {@link ParkingThread} to keep. */
    public static Capture reusable() {
        Capture c = new Capture(null);
        return c;
    }

    public Capture(Pending pending) {
        this.pending = pending;
        CREATED.increment();
    }

    public static long created() {
        return CREATED.sum();
    }

    /** For subclasses that are errors and want the JVM stack trace, which locates the failing source line. */
    protected Capture(Pending pending, String message, boolean withStackTrace) {
        super(message, withStackTrace);
        this.pending = pending;
        CREATED.increment();
    }

    /** Called by a non-tail call site's handler; returns this so the handler can rethrow it. */
    public final Capture push(Frame frame) {
        if (count == frames.length) {
            frames = java.util.Arrays.copyOf(frames, count * 2);
        }
        frames[count++] = frame;
        return this;
    }

    /** Links the frames pushed so far, innermost first, in front of {@code rest}. */
    final Frame link(Frame rest) {
        Frame k = rest;
        for (int i = count - 1; i >= 0; i--) {
            frames[i].next = k;
            k = frames[i];
            frames[i] = null;
        }
        count = 0;
        return k;
    }
}
