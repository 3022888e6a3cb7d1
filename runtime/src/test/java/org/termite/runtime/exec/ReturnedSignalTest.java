package org.termite.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A trampoline base takes a signal returned to it as it takes one thrown. */
class ReturnedSignalTest {
    /** Returns its argument and the depth it was called with. */
    private static final Procedure ECHO = new Procedure() {
        @Override
        public Object applyN(int d, Object[] args) {
            return java.util.List.of(args[0], d);
        }
    };

    @Test
    void returnedTailCall_isMadeFromTheBase() {
        Object r = Trampoline.run(k -> TailCall.of(ECHO, new Object[] {"x"}));
        assertEquals(java.util.List.of("x", Trampoline.baseDepth()), r);
    }

    @Test
    void returnedCapture_runsItsPendingActionUnderTheSavedFrames() {
        // the frame adds "framed" around the value its callee returns
        Procedure framing = new Procedure() {
            @Override
            public Object applyN(int d, Object[] args) {
                throw new AssertionError("not called");
            }

            @Override
            public Object resume(int point, Object[] slots, Object value) {
                return java.util.List.of(slots[0], value);
            }
        };
        Object r = Trampoline.run(k -> new Capture(k2 -> "inner").push(new Frame(framing, 0, new Object[] {"framed"})));
        assertEquals(java.util.List.of("framed", "inner"), r);
    }

    @Test
    void returnedAbort_replacesTheContinuation() {
        Object r = Trampoline.run(k -> new Abort(null, "escaped"));
        assertSame("escaped", r);
    }

    @Test
    void settle_makesTheTailCallsHandedBack_fromTheCallersDepth() {
        Procedure bouncing = new Procedure() {
            @Override
            public Object applyN(int d, Object[] args) {
                int n = (Integer) args[0];
                return n == 0 ? ECHO.apply1(d, "end") : TailCall.of(this, new Object[] {n - 1});
            }
        };
        int d = 5 * Trampoline.CALL + 3;
        Object r = TailCall.settle(TailCall.of(bouncing, new Object[] {3}), d);
        assertEquals(java.util.List.of("end", Trampoline.nonTailCall(d)), r);
        assertEquals(6 * Trampoline.CALL, Trampoline.nonTailCall(d));
        assertEquals(6 * Trampoline.CALL + 4, Trampoline.tailCall(d));
    }
}
