package org.termite.runtime.proc;

/** Told when a process ends; the program's first process uses it to end the program. */
@FunctionalInterface
public interface ExitListener {
    /** {@code reason}: normal, failure or terminated; {@code value}: the result or the raised object. */
    void exited(Process p, org.termite.runtime.value.Symbol reason, Object value);
}
