package org.termite.runtime.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Park;
import org.termite.runtime.exec.Pending;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.value.Symbol;

class SchedulerTest {
    /** A process body that waits for an event that never comes. */
    private static final Pending WAIT_FOREVER = new Pending() {
        @Override
        public Object run(org.termite.runtime.exec.Frame k) {
            throw new Capture(new Park(this, false));
        }
    };

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached within 5 s");
    }

    @Test
    void terminate_waitingProcess_leavesNoPreemptionRequestBehind() throws Exception {
        Scheduler s = Scheduler.get();
        CompletableFuture<Symbol> exit = new CompletableFuture<>();
        Process p = s.create(WAIT_FOREVER, DynamicState.EMPTY, (proc, reason, value) -> exit.complete(reason));
        s.start(p);
        waitUntil(() -> p.state.phase() == StateWord.WAITING);

        p.requestKill();
        s.requestPreemption(p);
        s.wake(p);

        assertEquals(TermiteException.TERMINATED, exit.get(5, TimeUnit.SECONDS));
        assertFalse(p.state.any(StateWord.PREEMPT));
        waitUntil(() -> s.preemptRequests.get() == 0 && Trampoline.depthLimit == Trampoline.LIMIT);
    }

    @Test
    void wake_beforeTheWorkerFinishesParking_isNotLost() throws Exception {
        Scheduler s = Scheduler.get();
        CompletableFuture<Object> done = new CompletableFuture<>();
        boolean[] wokenOnce = {false};
        Pending body = new Pending() {
            @Override
            public Object run(org.termite.runtime.exec.Frame k) {
                if (!wokenOnce[0]) {
                    wokenOnce[0] = true;
                    Process me = Processes.current();
                    // The event arrives while the process is still running, before it has parked.
                    me.requestWake();
                    s.wake(me);
                    throw new Capture(new Park(this, false));
                }
                return "resumed";
            }
        };
        Process p = s.create(body, DynamicState.EMPTY, (proc, reason, value) -> done.complete(value));
        s.start(p);
        assertEquals("resumed", done.get(5, TimeUnit.SECONDS));
    }

    @Test
    void stateWord_keepsFlagsAcrossPhaseChanges() {
        StateWord w = new StateWord();
        assertTrue(w.raise(StateWord.WAKE));
        assertFalse(w.raise(StateWord.WAKE), "a second raise is not the one that set it");
        int before = w.enter(StateWord.WAITING, 0);
        assertEquals(StateWord.WAKE, before & StateWord.WAKE, "parking sees the wake-up that came first");
        assertTrue(w.move(StateWord.WAITING, StateWord.RUNNABLE));
        assertFalse(w.move(StateWord.WAITING, StateWord.RUNNABLE), "only one waker schedules it");
        w.enter(StateWord.RUNNING, StateWord.WAKE);
        assertFalse(w.any(StateWord.WAKE));
        assertEquals(StateWord.RUNNING, w.phase());
        assertTrue(w.lower(StateWord.WAKE) == false);
        assertEquals("running", w.toString());
    }
}
