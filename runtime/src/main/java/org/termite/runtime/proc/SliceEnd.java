package org.termite.runtime.proc;

import java.util.ArrayList;

/**
 * Work left for the end of the running slice: a worker does it once the process it runs returns, waits, yields or
 * dies, before it runs another. Messages to another node use it so that all a process sends in one slice leaves
 * in one write, and a process that sends and then waits loses no time: its slice ends there.
 */
public final class SliceEnd {
    private SliceEnd() {}

    /**
     * Leaves {@code task} to the end of the slice running on this thread, once however often it is left; false,
     * doing nothing, when no process runs on this thread (another thread, or a worker between slices).
     */
    public static boolean defer(Runnable task) {
        if (Thread.currentThread() instanceof Worker w && w.current != null) {
            if (!w.atSliceEnd.contains(task)) {
                w.atSliceEnd.add(task);
            }
            return true;
        }
        return false;
    }

    /** Runs what the slice left, in order; on the worker, between slices. */
    static void run(ArrayList<Runnable> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            try {
                tasks.get(i).run();
            } catch (RuntimeException e) {
                // the process's slice is over: what failed here is not its error, and the worker must go on
                org.termite.runtime.io.Ports.diagnostic("internal error at the end of a slice: " + e + "\n");
            }
        }
        tasks.clear();
    }
}
