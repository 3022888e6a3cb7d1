package org.termite.runtime.prims;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;

/** (scheme time) and Gambit's time procedures. Jiffies are nanoseconds of a monotonic clock. */
public final class TimePrims {
    private static final long EPOCH_NANOS = System.nanoTime();

    private TimePrims() {}

    @Primitive("current-second")
    public static Object currentSecond() {
        return System.currentTimeMillis() / 1000.0;
    }

    @Primitive("current-jiffy")
    public static Object currentJiffy() {
        return System.nanoTime() - EPOCH_NANOS;
    }

    @Primitive("jiffies-per-second")
    public static Object jiffiesPerSecond() {
        return 1_000_000_000L;
    }

    /** Gambit's current-time gives a time object; here it is the seconds since the epoch, a flonum. */
    @Primitive("current-time")
    public static Object currentTime() {
        return System.currentTimeMillis() / 1000.0;
    }

    @Primitive("time->seconds")
    public static Object timeToSeconds(Object t) {
        if (t instanceof Double || t instanceof Long) {
            return t;
        }
        throw SchemeError.wrongType("time->seconds", "time", t);
    }

    /** Seconds of wall-clock time since the program started, as Gambit's real-time. */
    @Primitive("real-time")
    public static Object realTime() {
        return (System.nanoTime() - EPOCH_NANOS) / 1e9;
    }

    @Primitive("cpu-time")
    public static Object cpuTime() {
        return (System.nanoTime() - EPOCH_NANOS) / 1e9;
    }
}
