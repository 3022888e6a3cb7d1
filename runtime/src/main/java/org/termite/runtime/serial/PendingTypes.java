package org.termite.runtime.serial;

import java.util.ArrayList;
import java.util.List;

/**
 * Registrations of extension types (pids, nodes) made at start-up, held until the {@link TypeTable} is first
 * used: building the table loads Kryo and every serializer, tens of milliseconds that a program which never
 * serializes a value should not pay.
 */
public final class PendingTypes {
    /** The registrations waiting for the table; null once the table has taken them. Guarded by the class. */
    private static List<Runnable> pending = new ArrayList<>();

    private PendingTypes() {}

    /** Runs {@code registration} (a call of {@link TypeTable#register}) when the table is built, or now if it is. */
    public static void register(Runnable registration) {
        synchronized (PendingTypes.class) {
            if (pending != null) {
                pending.add(registration);
                return;
            }
        }
        registration.run();
    }

    /** Called once by the table as it is built; the registrations run outside the lock. */
    static void drain() {
        List<Runnable> taken;
        synchronized (PendingTypes.class) {
            taken = pending;
            pending = null;
        }
        if (taken != null) {
            taken.forEach(Runnable::run);
        }
    }
}
