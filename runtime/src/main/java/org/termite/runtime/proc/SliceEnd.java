package org.termite.runtime.proc;

import java.util.ArrayList;

/**
 * Work left for the end of the running slice: a worker does it once the process it runs returns, waits, yields or
 * dies, before it runs another. Messages to another node use it so that all a process sends in one slice leaves
 * in one write, and a process that sends and then waits loses no time: its slice ends there. A slice that goes on
 * for a tick or more does not hold what it left: the ticker does it then (see {@link Scheduler}).
 */
public final class SliceEnd {
    private SliceEnd() {}

    /**
     * Leaves {@code task} to the end of the slice running on this thread, once however often it is left; false,
     * doing nothing, when no process runs on this thread (another thread, or a worker between slices). The task
     * may run on the ticker's thread.
     */
    public static boolean defer(Runnable task) {
        if (Thread.currentThread() instanceof Worker w && w.current != null) {
            ArrayList<Runnable> tasks = w.atSliceEnd;
            synchronized (tasks) {
                if (!tasks.contains(task)) {
                    tasks.add(task);
                }
            }
            return true;
        }
        return false;
    }

    /** Runs, in order, what the slice of {@code w} left so far: by {@code w} between slices, or by the ticker. */
    static void run(Worker w) {
        Runnable[] due;
        ArrayList<Runnable> tasks = w.atSliceEnd;
        synchronized (tasks) {
            if (tasks.isEmpty()) {
                return;
            }
            due = tasks.toArray(new Runnable[0]);
            tasks.clear();
        }
        for (Runnable t : due) {
            try {
                t.run();
            } catch (RuntimeException e) {
                // the process's slice is over: what failed here is not its error, and the worker must go on
                org.termite.runtime.io.Ports.diagnostic("internal error at the end of a slice: " + e + "\n");
            }
        }
    }
}
