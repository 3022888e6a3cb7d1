package org.termite.runtime.proc;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.ExitSignal;
import org.termite.runtime.exec.Uncaught;

/**
 * A scheduler thread. It runs one process at a time for a slice: until the process returns, parks, yields or
 * dies. Its queue: a one-process "next" slot for the process it just woke (the receiver of a message runs next,
 * on this core), then its own FIFO queue, which other workers may steal from.
 */
final class Worker extends org.termite.runtime.exec.SchemeThread
        implements org.termite.runtime.exec.Capture.ParkingThread, Context.Carrier {
    private static final int NEXT_STREAK_LIMIT = 64;
    private static final int SHARED_CHECK_PERIOD = 61;

    final Scheduler scheduler;
    private final ConcurrentLinkedDeque<Process> queue = new ConcurrentLinkedDeque<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** The process to run next; another worker may take it when this one stays busy (see Scheduler.tick). */
    private final java.util.concurrent.atomic.AtomicReference<Process> next = new java.util.concurrent.atomic.AtomicReference<>();
    /** Whether {@link #next} held the same process at the last two ticks: then it waits behind a long slice. */
    Process nextAtLastTick;
    private int nextStreak;
    private int slices;
    // Written by this worker, read by the ticker thread to find a slice that ran too long.
    volatile Process current;
    private static final java.lang.invoke.VarHandle CURRENT;

    static {
        try {
            CURRENT = java.lang.invoke.MethodHandles.lookup().findVarHandle(Worker.class, "current", Process.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /**
     * Counts the slices this worker has started; the ticker reads it to tell a long slice from a run of short
     * ones without a clock read per slice. Written only here; a stale read only delays a preemption by a tick.
     */
    int slice;
    /** The ticker's own: the slice seen at the last tick, and for how many ticks in a row it was the same. */
    int sliceAtLastTick;
    int ticksInSlice;
    private final org.termite.runtime.exec.Capture parkSignal = org.termite.runtime.exec.Capture.reusable();

    private Context installed;

    @Override
    public org.termite.runtime.exec.Capture parkSignal() {
        return parkSignal;
    }

    @Override
    public Context installed() {
        return installed;
    }

    @Override
    public void installed(Context context) {
        installed = context;
    }

    /** What the slice being run left for its end (see {@link SliceEnd}); guarded by itself. */
    final java.util.ArrayList<Runnable> atSliceEnd = new java.util.ArrayList<>();

    /** What this worker waits on while idle, if not only parked; read by the thread that signals it. */
    volatile IdleWait waitingOn;

    Worker(Scheduler scheduler, int index) {
        super("termite-worker-" + index);
        this.scheduler = scheduler;
        setDaemon(true);
    }

    /**
     * Called on this worker only. Returns true when the push made a process stealable (the one it displaced from
     * the next slot), which is when an idle worker is worth waking: the next slot is meant for this worker.
     */
    boolean push(Process p) {
        Process old = next.getAndSet(p);
        if (old != null) {
            enqueue(old);
            return true;
        }
        return false;
    }

    /** The next-slot process, taken by an idle worker when this one has been busy with another for a while. */
    Process stealNext() {
        return next.getAndSet(null);
    }

    Process peekNext() {
        return next.get();
    }

    private void enqueue(Process p) {
        queue.addLast(p);
        queued.incrementAndGet();
    }

    Process stealFrom() {
        Process p = queue.pollFirst();
        if (p != null) {
            queued.decrementAndGet();
        }
        return p;
    }

    int queued() {
        return queued.get();
    }

    private Process take() {
        if (++slices % SHARED_CHECK_PERIOD == 0) {
            Process p = scheduler.shared.poll();
            if (p != null) {
                return p;
            }
        }
        if (nextStreak < NEXT_STREAK_LIMIT) {
            Process p = next.getAndSet(null);
            if (p != null) {
                nextStreak++;
                return p;
            }
        }
        nextStreak = 0;
        Process displaced = next.getAndSet(null);
        if (displaced != null) {
            enqueue(displaced);
        }
        Process p = stealFrom();
        return p != null ? p : scheduler.steal(this);
    }

    @Override
    public void run() {
        while (true) {
            Process p = take();
            if (p == null) {
                IdleWait io = scheduler.idleWait();
                // set before this worker can be seen idle: a signal then ends its wait on I/O as well as a park
                waitingOn = io;
                scheduler.goIdle(this);
                p = scheduler.steal(this);
                if (p == null && (io == null || !io.await(50))) {
                    LockSupport.parkNanos(50_000_000);
                }
                waitingOn = null;
                scheduler.leaveIdle(this);
                if (p == null) {
                    continue;
                }
            }
            runSlice(p);
            SliceEnd.run(this);
        }
    }

    private void runSlice(Process p) {
        // Only this worker moves a process it took from a queue out of RUNNABLE (a wake-up enqueues it once); the
        // word still changes by compare-and-set because other threads set its flags meanwhile.
        if (p.state.phase() != StateWord.RUNNABLE) {
            return;
        }
        int was = p.state.enter(StateWord.RUNNING, StateWord.WAKE);
        if (p.timer != null) {
            p.timer.cancel(false);
            p.timer = null;
        }
        if ((was & StateWord.KILL) != 0 || p.killRequested()) {
            Processes.exit(p, TermiteException.TERMINATED, null);
            return;
        }
        // A release store: the ticker may see the new process a little late, which only delays a preemption.
        CURRENT.setRelease(this, p);
        slice++;
        p.slices++;
        Context.install(p.context);
        boolean done;
        try {
            done = p.run.resume();
        } catch (Uncaught e) {
            end(p);
            Processes.exit(p, TermiteException.FAILURE, e.payload);
            return;
        } catch (ProcessKilled e) {
            end(p);
            Processes.exit(p, e.reason, null);
            return;
        } catch (Migration.Left e) {
            end(p);
            Processes.exit(p, Processes.MIGRATED, null);
            return;
        } catch (ExitSignal e) {
            end(p);
            scheduler.exitProgram(e.code);
            return;
        } catch (VirtualMachineError e) {
            // Out of memory and the like: the program cannot go on, and this thread must not die silently. The
            // process's continuation usually holds what filled the heap; dropping it leaves room for the report.
            p.run = null;
            org.termite.runtime.exec.Fatal.die(e);
            return;
        } catch (Throwable e) {
            end(p);
            Processes.internalError(p, e);
            return;
        }
        end(p);
        if (done) {
            Processes.exit(p, Processes.NORMAL, p.run.result());
        } else if (p.run.yielded()) {
            p.state.enter(StateWord.RUNNABLE, 0);
            scheduler.scheduleFair(p);
        } else {
            scheduler.park(p);
        }
    }

    private void end(Process p) {
        current = null;
        scheduler.clearPreemption(p);
        Context.install(null);
    }
}
