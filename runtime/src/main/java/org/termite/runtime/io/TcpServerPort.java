package org.termite.runtime.io;

import java.io.IOException;
import java.net.ServerSocket;

/** A listening socket, as in Gambit: {@code read} on it accepts the next connection and returns its port. */
public final class TcpServerPort extends Port {
    final ServerSocket server;

    TcpServerPort(ServerSocket server) {
        super("tcp-server " + SocketInfo.of(server.getInetAddress(), server.getLocalPort()).text());
        this.server = server;
    }

    @Override
    public boolean isInput() {
        return true;
    }

    @Override
    public boolean isOutput() {
        return false;
    }

    @Override
    public boolean isTextual() {
        return false;
    }

    /** Waits for the next connection (parking the process) and returns it as a port. */
    Object accept(String who) {
        checkOpen(who);
        return Offload.run(() -> {
            java.net.Socket s = server.accept();
            try {
                return new TcpPort(s);
            } catch (IOException e) {
                s.close();
                throw e;
            }
        }, e -> isOpen() ? ioError(who, e)
                : org.termite.runtime.exec.SchemeError.error(who + ": the server port was closed while waiting:", this));
    }

    @Override
    protected void release() throws IOException {
        server.close();
    }

    @Override
    public String toString() {
        return "#<input-port " + description() + ">";
    }
}
