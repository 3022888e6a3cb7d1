package org.termite.runtime.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay on loopback to a port, that keeps every byte it passes in either direction: what an eavesdropper on
 * the network would see of the connections made through it.
 */
final class RecordingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final List<Socket> sockets = new ArrayList<>();

    RecordingProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Whether {@code text}, in ASCII, passed through in the clear. */
    boolean saw(String text) {
        byte[] all = bytes();
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + t.length <= all.length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (all[i + j] != t[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    byte[] bytes() {
        synchronized (seen) {
            return seen.toByteArray();
        }
    }

    private void accept() {
        try {
            while (!server.isClosed()) {
                Socket in = server.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                synchronized (sockets) {
                    sockets.add(in);
                    sockets.add(out);
                }
                daemon(() -> pump(in, out));
                daemon(() -> pump(out, in));
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (seen) {
                    seen.write(buffer, 0, n);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            close(from);
            close(to);
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "recording-proxy");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (sockets) {
            sockets.forEach(RecordingProxy::close);
        }
    }
}
