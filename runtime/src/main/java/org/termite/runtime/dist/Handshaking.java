package org.termite.runtime.dist;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.Arrays;

/**
 * A connection during its handshake: the socket and the buffered streams the handshake reads and writes with,
 * blocking, on the thread that accepted or dialled it. Once the peer is known it becomes a {@link Link}.
 */
final class Handshaking {
    final Socket socket;
    final DataInputStream in;
    final DataOutputStream out;
    private final Input buffered;

    private Handshaking(Socket socket, Input buffered, DataOutputStream out) {
        this.socket = socket;
        this.buffered = buffered;
        this.in = new DataInputStream(buffered);
        this.out = out;
    }

    static Handshaking open(Socket socket) throws IOException {
        Input in = new Input(socket.getInputStream());
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 65536));
        return new Handshaking(socket, in, out);
    }

    /** Bytes read ahead past the handshake: the first frames of the peer, which a non-blocking reader must see. */
    byte[] leftover() {
        return buffered.leftover();
    }

    /** A buffered stream that gives up what it read ahead. */
    private static final class Input extends BufferedInputStream {
        Input(InputStream in) {
            super(in, 65536);
        }

        synchronized byte[] leftover() {
            byte[] rest = buf == null ? new byte[0] : Arrays.copyOfRange(buf, pos, count);
            pos = count;
            return rest;
        }
    }
}
