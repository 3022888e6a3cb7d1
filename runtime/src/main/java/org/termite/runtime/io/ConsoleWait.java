package org.termite.runtime.io;

import java.util.function.Supplier;
import org.termite.runtime.proc.Processes;

/**
 * Keeps a process that reads the console from holding a scheduler thread: when the input it needs has not
 * arrived, the reading primitive parks the process and is called again once it has. Those primitives are not
 * inlined, so the call keeps its resume point.
 */
final class ConsoleWait {
    private ConsoleWait() {}

    /** Parks the current process until {@code port} can deliver a character (or a line), then runs {@code retry}. */
    static void before(TextInputPort port, boolean line, Supplier<Object> retry) {
        if (port != Ports.STDIN || port.hasLookahead() || !Processes.inProcess()) {
            return;
        }
        ConsoleReader console = Ports.CONSOLE;
        if (console.readable(line)) {
            return;
        }
        Processes.parkUntil(wake -> console.whenReadable(line, wake), retry);
    }
}
