package org.termite.runtime.exec;

/**
 * One frame of a captured continuation: a procedure, the resume point of the non-tail call it was making, and
 * the live variables at that point. Frames are created while a {@link Capture} unwinds the JVM stack and are
 * linked innermost first when the capture reaches the trampoline base. They are never mutated after that,
 * so a continuation can be resumed any number of times.
 */
public final class Frame {
    public final Procedure code;
    public final int point;
    /**
     * The live variables, or null when the frame holds its one variable in {@link #only}. Most frames save one
     * value (a recursion's pending argument), and a million of them live as long as a deep recursion: one object
     * of 32 bytes each instead of a frame and an array, 56 bytes, for the collector to copy.
     */
    private final Object[] slots;
    private Object only;
    /** The rest of the continuation; null ends it. Set once, before the frame is reachable from anywhere else. */
    Frame next;

    public Frame(Procedure code, int point, Object[] slots) {
        this.code = code;
        this.point = point;
        this.slots = slots;
    }

    private Frame(Procedure code, int point, Object only) {
        this.code = code;
        this.point = point;
        this.slots = null;
        this.only = only;
    }

    /** A frame of one live variable, made by compiled call sites as {@link #of}. */
    public static Frame of1(Procedure code, int point, Object only) {
        return new Frame(code, point, only);
    }

    public int slotCount() {
        return slots != null ? slots.length : 1;
    }

    public Object slot(int i) {
        if (slots != null) {
            return slots[i];
        }
        java.util.Objects.checkIndex(i, 1);
        return only;
    }

    /** Fills a slot of a frame being decoded; a frame in use is never changed. */
    public void setSlot(int i, Object value) {
        if (slots != null) {
            slots[i] = value;
        } else {
            java.util.Objects.checkIndex(i, 1);
            only = value;
        }
    }

    /**
     * The frame compiled call sites make when they pass a signal on. A static call rather than {@code new}: the JIT
     * compiles a {@code new} of a class the method's own constant pool has not resolved yet as a trap, and a call
     * site's signal path has usually never run when its method is compiled.
     */
    public static Frame of(Procedure code, int point, Object[] slots) {
        return new Frame(code, point, slots);
    }

    public Frame next() {
        return next;
    }

    Object resume(Object value) {
        return code.resume(point, slots != null ? slots : new Object[] {only}, value);
    }

    /** Builds a frame already linked to its successor, for code that assembles continuations by hand. */
    public static Frame linked(Procedure code, int point, Object[] slots, Frame next) {
        Frame f = new Frame(code, point, slots);
        f.next = next;
        return f;
    }
}
