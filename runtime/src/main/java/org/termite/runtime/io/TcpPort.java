package org.termite.runtime.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A TCP connection as one port, as in Gambit: both an input and an output port, both textual (UTF-8) and binary.
 * Reading and writing go through its sides, which share one input buffer and one output buffer, so text and bytes
 * stay in order. {@code close-input-port} and {@code close-output-port} shut down one direction, {@code close-port}
 * both. Output is buffered: {@code flush-output-port} (or {@code force-output}) hands it to the connection's
 * sending thread, so no write waits for the peer (see {@link SocketOutput}).
 */
public final class TcpPort extends Port {
    final Socket socket;
    final SocketInput input;
    final SocketTextInput textIn;
    final BinaryInputPort binaryIn;
    final Utf8OutputPort textOut;
    final BinaryOutputPort binaryOut;
    private final OutputStream out;
    private final SocketOutput sending;
    private boolean inputOpen = true;
    private boolean outputOpen = true;

    TcpPort(Socket socket) throws IOException {
        super("tcp-client " + peerOf(socket));
        this.socket = socket;
        String peer = peerOf(socket);
        this.input = new SocketInput(socket.getInputStream(), peer);
        this.sending = new SocketOutput(socket, peer);
        this.out = new BufferedOutputStream(sending, 8192);
        this.textIn = new SocketTextInput(input, description());
        this.binaryIn = new BinaryInputPort(input.asStream(), description());
        this.textOut = new Utf8OutputPort(out, description());
        this.binaryOut = BinaryOutputPort.toStream(out, description());
    }

    static String peerOf(Socket s) {
        return SocketInfo.of(s.getInetAddress(), s.getPort()).text();
    }

    @Override
    public boolean isInput() {
        return true;
    }

    @Override
    public boolean isOutput() {
        return true;
    }

    @Override
    public boolean isTextual() {
        return true;
    }

    synchronized boolean inputOpen() {
        return inputOpen;
    }

    synchronized boolean outputOpen() {
        return outputOpen;
    }

    synchronized void checkInput(String who) {
        checkOpen(who);
        if (!inputOpen) {
            throw org.termite.runtime.exec.SchemeError.error(who + ": the connection's input side is closed:", this);
        }
    }

    synchronized void checkOutput(String who) {
        checkOpen(who);
        if (!outputOpen) {
            throw org.termite.runtime.exec.SchemeError.error(who + ": the connection's output side is closed:", this);
        }
    }

    /** close-input-port: no more reading; readers waiting see the end. */
    synchronized void closeInput(String who) {
        if (!isOpen() || !inputOpen) {
            return;
        }
        inputOpen = false;
        input.stop();
        try {
            socket.shutdownInput();
        } catch (IOException e) {
            throw ioError(who, e);
        }
        closeIfBothShut();
    }

    /** close-output-port: sends what is buffered, then the end of the stream, which the peer reads as eof. */
    synchronized void closeOutput(String who) {
        if (!isOpen() || !outputOpen) {
            return;
        }
        outputOpen = false;
        try {
            out.flush();
        } catch (IOException e) {
            throw ioError(who, e);
        } finally {
            sending.end(false);
        }
        closeIfBothShut();
    }

    private void closeIfBothShut() {
        if (!inputOpen && !outputOpen) {
            close("close-port");
        }
    }

    @Override
    protected void release() throws IOException {
        input.stop();
        try {
            if (outputOpen) {
                out.flush();
            }
        } finally {
            sending.closeSocket();
        }
    }

    @Override
    public String toString() {
        return "#<input-output-port " + description() + ">";
    }
}
