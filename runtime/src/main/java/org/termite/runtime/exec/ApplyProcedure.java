package org.termite.runtime.exec;

/** The value of {@code apply} when it is used as a first-class procedure (direct calls are compiled inline). */
public final class ApplyProcedure extends Procedure {
    @Override
    public Object applyN(int d, Object[] args) {
        if (args.length < 2) {
            throw Rt.arityError(this, args.length, 2, -1);
        }
        Object[] spread = new Object[args.length - 1];
        System.arraycopy(args, 1, spread, 0, spread.length);
        return Rt.apply(Trampoline.tailCall(d), args[0], spread);
    }

    @Override
    public String name() {
        return "apply";
    }
}
