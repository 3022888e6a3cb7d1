package org.termite.runtime.exec;

import org.termite.runtime.value.Values;

/**
 * A first-class continuation: the captured frames and the dynamic environment of the capture point. Invoking
 * it runs the dynamic-wind transitions between the current environment and its own, then abandons the current
 * continuation for its frames.
 */
public final class Continuation extends Procedure {
    /** Defined in the Scheme library: runs the after/before thunks, then calls {@code %continuation-abort}. */
    private static final Global REWIND = Globals.cell("%continuation-rewind");

    public final Frame frames;
    public final DynamicState dyn;

    public Continuation(Frame frames, DynamicState dyn) {
        this.frames = frames;
        this.dyn = dyn;
    }

    @Override
    public Object applyN(int d, Object[] args) {
        Object value = Values.of(args);
        Context ctx = Context.current();
        if (ctx.dyn.winders() == dyn.winders() || !(REWIND.value instanceof Procedure rewind)) {
            return abort(value);
        }
        return rewind.apply2(Trampoline.tailCall(d), this, value);
    }

    @Override
    public Object apply1(int d, Object a) {
        return applyN(d, new Object[] {a});
    }

    /** Restores this continuation's dynamic environment and returns the signal that transfers control to it. */
    public Abort abort(Object value) {
        Context.current().dyn = dyn;
        return new Abort(frames, value);
    }

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public String toString() {
        return "#<continuation>";
    }
}
