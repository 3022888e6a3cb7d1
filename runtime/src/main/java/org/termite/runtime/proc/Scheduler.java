package org.termite.runtime.proc;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.termite.runtime.exec.Pending;
import org.termite.runtime.exec.Run;
import org.termite.runtime.exec.Trampoline;

/**
 * Runs processes on one worker thread per core.
 *
 * <p>A process made runnable by a worker goes to the front of that worker's own queue (the receiver of a message
 * usually runs next, on the same core and with the message in cache; a streak limit keeps that fair). A process
 * made runnable by any other thread, or one that used up its slice, goes to the shared queue. An idle worker
 * takes from the shared queue, then steals from the back of another worker's queue, then parks until signalled.
 *
 * <p>A ticker thread asks a process that has run for {@link #SLICE_TICKS} ticks to yield when others are
 * waiting to run: it sets the process's flag and lowers {@link Trampoline#depthLimit} so that running code
 * reaches {@link org.termite.runtime.exec.Preemption#check} at its next call or loop iteration.
 */
public final class Scheduler {
    private static final long TICK_NANOS = 2_000_000;
    /** A slice seen running at this many ticks in a row has had its time: between 4 and 6 ms. */
    static final int SLICE_TICKS = 2;

    // Made once, read by every thread that schedules a process.
    private static volatile Scheduler instance;

    /**
     * This node's name, part of every pid made here. Until the node is given a name it is a random one, so that
     * pids of two programs can never be taken for each other.
     */
    private static final String NODE = "node-" + Long.toHexString(randomLong());

    /**
     * 64 random bits from the system's source, read directly where there is one: SecureRandom would load and set
     * up the JDK's security providers (some 60 classes, a tenth of a short program's start-up) for eight bytes.
     */
    private static long randomLong() {
        try (java.io.FileInputStream in = new java.io.FileInputStream("/dev/urandom")) {
            byte[] b = in.readNBytes(8);
            if (b.length == 8) {
                long v = 0;
                for (byte x : b) {
                    v = v << 8 | (x & 0xff);
                }
                return v;
            }
        } catch (java.io.IOException | SecurityException e) {
            // no such device (Windows): the JDK's source below
        }
        return new java.security.SecureRandom().nextLong();
    }

    public static String nodeName() {
        return NODE;
    }

    final String node;
    final Worker[] workers;
    final ConcurrentLinkedQueue<Process> shared = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();
    /** Processes asked to yield that have not yet done so; while positive the depth limit stays lowered. */
    final AtomicInteger preemptRequests = new AtomicInteger();
    final Timers timers = new Timers(this);

    private Scheduler(String node, int threads) {
        this.node = node;
        workers = new Worker[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(this, i);
        }
        for (Worker w : workers) {
            w.start();
        }
        // an anonymous class, not this::tick: a method reference costs start-up a class spun at run time
        Thread ticker = new Thread("termite-ticker") {
            @Override
            public void run() {
                tick();
            }
        };
        ticker.setDaemon(true);
        ticker.start();
    }

    public static Scheduler get() {
        Scheduler s = instance;
        if (s == null) {
            synchronized (Scheduler.class) {
                s = instance;
                if (s == null) {
                    s = new Scheduler(NODE, Math.max(1, Runtime.getRuntime().availableProcessors()));
                    instance = s;
                }
            }
        }
        return s;
    }

    /** What ends the program when a process calls exit. */
    private volatile java.util.function.IntConsumer programExit = new SystemExit();

    private static final class SystemExit implements java.util.function.IntConsumer {
        @Override
        public void accept(int code) {
            org.termite.runtime.io.Ports.flushAll();
            System.exit(code);
        }
    }

    public void onProgramExit(java.util.function.IntConsumer handler) {
        programExit = handler;
    }

    void exitProgram(int code) {
        programExit.accept(code);
    }

    /** Creates a process that will run {@code start}; {@link #start} makes it runnable. */
    public Process create(Pending start, org.termite.runtime.exec.DynamicState dyn, ExitListener onExit) {
        Process p = new Process(node);
        Processes.register(p);
        p.run = new Run(start);
        p.context.dyn = dyn;
        p.onExit = onExit;
        return p;
    }

    public void start(Process p) {
        schedule(p);
    }

    /** Puts a runnable process in a queue: the current worker's if called on one, else the shared one. */
    void schedule(Process p) {
        Thread t = Thread.currentThread();
        if (t instanceof Worker w && w.scheduler == this) {
            if (w.push(p)) {
                signal();
            }
        } else {
            shared.add(p);
            signal();
        }
    }

    void scheduleFair(Process p) {
        shared.add(p);
        signal();
    }

    /** Wakes a waiting process: whoever moves it from WAITING to RUNNABLE schedules it, exactly once. */
    void wake(Process p) {
        if (p.state.move(StateWord.WAITING, StateWord.RUNNABLE)) {
            schedule(p);
        }
    }

    /**
     * Called by the worker after the process parked to wait. The process is WAITING from here on; if a message,
     * signal or kill came in meanwhile, its sender saw RUNNING and did nothing, so check again now.
     */
    void park(Process p) {
        int was = p.state.enter(StateWord.WAITING, 0);
        if ((was & (StateWord.SIGNALS | StateWord.KILL | StateWord.WAKE)) != 0 || p.mailbox.hasIncoming()) {
            wake(p);
        }
    }

    private void signal() {
        Worker w = idle.poll();
        if (w != null) {
            LockSupport.unpark(w);
            IdleWait io = w.waitingOn;
            if (io != null) {
                io.wake();
            }
        }
    }

    /** Idle workers wait on {@code io} (the node's connections) instead of sleeping, and the ticker polls it. */
    public void useIdleWait(IdleWait io) {
        idleWait = io;
    }

    IdleWait idleWait() {
        return idleWait;
    }

    private volatile IdleWait idleWait;

    void goIdle(Worker w) {
        idle.add(w);
    }

    void leaveIdle(Worker w) {
        idle.remove(w);
    }

    /** Work for an idle worker: the shared queue first, then other workers' queues. */
    Process steal(Worker thief) {
        Process p = shared.poll();
        if (p != null) {
            return p;
        }
        for (Worker w : workers) {
            if (w != thief) {
                p = w.stealFrom();
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    boolean hasWaitingWork() {
        if (!shared.isEmpty()) {
            return true;
        }
        for (Worker w : workers) {
            if (w.queued() > 0 || w.peekNext() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A process left in a busy worker's next slot for two ticks is handed to an idle worker: the slot saves a
     * wake-up when the sender is about to wait (ping-pong), and this bounds what it costs when it is not.
     */
    private void handOffStaleNext() {
        for (Worker w : workers) {
            Process n = w.peekNext();
            if (n != null && n == w.nextAtLastTick && w.current != null && !idle.isEmpty()) {
                Process p = w.stealNext();
                if (p != null) {
                    shared.add(p);
                    signal();
                }
            }
            w.nextAtLastTick = w.peekNext();
        }
    }

    synchronized void requestPreemption(Process p) {
        if (p.state.raise(StateWord.PREEMPT)) {
            preemptRequests.incrementAndGet();
            Trampoline.depthLimit = -1;
        }
    }

    /**
     * The worker clears a request when the slice ends, whether or not the process noticed it, and so does a
     * process's exit. Only the caller that turns the flag off counts the request down.
     */
    void clearPreemption(Process p) {
        if (!p.state.any(StateWord.PREEMPT)) {
            return;
        }
        synchronized (this) {
            if (p.state.lower(StateWord.PREEMPT)) {
                if (preemptRequests.decrementAndGet() <= 0) {
                    preemptRequests.set(0);
                    Trampoline.restoreDepthLimit();
                }
            }
        }
    }

    private void tick() {
        while (true) {
            LockSupport.parkNanos(TICK_NANOS);
            IdleWait io = idleWait;
            if (io != null) {
                // every worker is busy when no one waits on it: what came in is handled within a tick
                io.pollNow();
            }
            handOffStaleNext();
            boolean others = hasWaitingWork();
            for (Worker w : workers) {
                Process p = w.current;
                int slice = w.slice;
                if (p != null && slice == w.sliceAtLastTick) {
                    w.ticksInSlice++;
                } else {
                    w.sliceAtLastTick = slice;
                    w.ticksInSlice = 0;
                }
                if (w.ticksInSlice >= 1) {
                    // a long slice does not hold back what it sent
                    SliceEnd.run(w);
                }
                if (p != null && (p.killRequested() || (others && w.ticksInSlice >= SLICE_TICKS))) {
                    requestPreemption(p);
                    // The slice may have ended between reading current and setting the flag: a process that
                    // parked with the request still set would keep the depth bound lowered while it waits.
                    if (w.current != p) {
                        clearPreemption(p);
                    }
                }
            }
        }
    }
}
