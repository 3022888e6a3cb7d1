package org.termite.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrampolineTest {
    private static final int SHALLOW_BASE = (Trampoline.MAX_DEPTH - Trampoline.SHALLOW_DEPTH) * Trampoline.CALL;

    /** Returns the call depth it was given. */
    private static final Procedure DEPTH = new Procedure() {
        @Override
        public Object applyN(int d, Object[] args) {
            return d;
        }
    };

    /** Calls DEPTH from Java, through a base of its own, as Scheme called back from Java does. */
    private static final Procedure NESTED = new Procedure() {
        @Override
        public Object applyN(int d, Object[] args) {
            return Trampoline.call(DEPTH);
        }
    };

    @Test
    void outermostBaseOfASchemeThread_startsAtDepthZero_nestedBasesStartShallow() throws Exception {
        Object[] seen = new Object[3];
        Thread t = new SchemeThread(() -> {
            seen[0] = Trampoline.call(DEPTH);
            seen[1] = Trampoline.call(NESTED);
            seen[2] = Trampoline.call(DEPTH);
        }, "trampoline-test");
        t.start();
        t.join();
        assertEquals(0, seen[0]);
        assertEquals(SHALLOW_BASE, seen[1]);
        assertEquals(0, seen[2], "the count of bases goes down when the nested one returns");
    }

    @Test
    void otherThreads_startShallow() {
        assertEquals(SHALLOW_BASE, Trampoline.call(DEPTH));
    }
}
