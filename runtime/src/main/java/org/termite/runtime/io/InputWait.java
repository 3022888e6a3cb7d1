package org.termite.runtime.io;

import java.util.function.Supplier;

/**
 * Keeps a process that reads the console or a TCP connection from holding a scheduler thread: when the input it
 * needs has not arrived, the reading primitive parks the process and is called again once it has. Those
 * primitives are not inlined, so the call keeps its resume point.
 */
final class InputWait {
    private InputWait() {}

    /**
     * Parks the current process until {@code port} can deliver a character (or, when {@code line}, a whole line),
     * then runs {@code retry}.
     */
    static void text(TextInputPort port, boolean line, Supplier<Object> retry) {
        text(port, line, 1, retry);
    }

    /** As {@link #text(TextInputPort, boolean, Supplier)}; on a connection, waits for at least {@code bytes} bytes. */
    static void text(TextInputPort port, boolean line, int bytes, Supplier<Object> retry) {
        if (port.hasLookahead() || !org.termite.runtime.exec.Preemption.inProcess()) {
            return;
        }
        if (port == Ports.STDIN) {
            ConsoleReader console = Ports.CONSOLE;
            if (!console.readable(line)) {
                org.termite.runtime.exec.Preemption.parkUntil(wake -> console.whenReadable(line, wake), retry);
            }
        } else if (port instanceof SocketTextInput s) {
            socket(s.source, line, bytes, retry);
        }
    }

    /**
     * Parks the current process until the connection {@code port} (the port argument of a binary read, which
     * may be any binary port) has {@code bytes} bytes buffered or has ended, then runs {@code retry}.
     */
    static void bytes(Object port, int bytes, Supplier<Object> retry) {
        if (port instanceof TcpPort t && !t.binaryIn.hasLookahead() && org.termite.runtime.exec.Preemption.inProcess()) {
            socket(t.input, false, Math.max(1, bytes), retry);
        }
    }

    private static void socket(SocketInput in, boolean line, int bytes, Supplier<Object> retry) {
        int need = Math.min(bytes, SocketInput.LIMIT);
        if (!in.readable(line, need)) {
            org.termite.runtime.exec.Preemption.parkUntil(wake -> in.whenReadable(line, need, wake), retry);
        }
    }
}
