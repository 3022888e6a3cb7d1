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
    public final Object[] slots;
    /** The rest of the continuation; null ends it. Set once, before the frame is reachable from anywhere else. */
    Frame next;

    public Frame(Procedure code, int point, Object[] slots) {
        this.code = code;
        this.point = point;
        this.slots = slots;
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
        return code.resume(point, slots, value);
    }

    /** Builds a frame already linked to its successor, for code that assembles continuations by hand. */
    public static Frame linked(Procedure code, int point, Object[] slots, Frame next) {
        Frame f = new Frame(code, point, slots);
        f.next = next;
        return f;
    }
}
