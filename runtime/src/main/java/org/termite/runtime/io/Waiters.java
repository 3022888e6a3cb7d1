package org.termite.runtime.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The wake-ups of processes parked until an input source (the console, a connection) has more to give. Each runs
 * once: a woken process that still lacks input asks again.
 */
final class Waiters {
    private final List<Runnable> waiting = new ArrayList<>();

    synchronized void add(Runnable wake) {
        waiting.add(wake);
    }

    /** Runs and forgets the wake-ups registered so far; called without holding the source's lock. */
    void wakeAll() {
        List<Runnable> ready;
        synchronized (this) {
            ready = new ArrayList<>(waiting);
            waiting.clear();
        }
        ready.forEach(Runnable::run);
    }
}
