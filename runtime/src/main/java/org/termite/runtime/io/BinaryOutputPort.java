package org.termite.runtime.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A binary output port: into a bytevector being built, or a file. */
public final class BinaryOutputPort extends Port {
    private final OutputStream out;
    /** The bytes written so far when this is a bytevector port, else null. */
    private final ByteArrayOutputStream collected;

    private BinaryOutputPort(OutputStream out, ByteArrayOutputStream collected, String description) {
        super(description);
        this.out = out;
        this.collected = collected;
    }

    public static BinaryOutputPort toBytevector() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        return new BinaryOutputPort(b, b, "bytevector");
    }

    public static BinaryOutputPort toStream(OutputStream out, String description) {
        return new BinaryOutputPort(out, null, description);
    }

    @Override
    public boolean isInput() {
        return false;
    }

    @Override
    public boolean isOutput() {
        return true;
    }

    @Override
    public boolean isTextual() {
        return false;
    }

    public boolean isBytevectorPort() {
        return collected != null;
    }

    public synchronized void writeU8(String who, int b) {
        checkOpen(who);
        try {
            out.write(b);
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    public synchronized void writeBytes(String who, byte[] bytes, int start, int end) {
        checkOpen(who);
        try {
            out.write(bytes, start, end - start);
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    public synchronized void flush(String who) {
        checkOpen(who);
        try {
            out.flush();
        } catch (IOException e) {
            throw ioError(who, e);
        }
    }

    /** The bytes written so far; only for bytevector ports, and still available after close. */
    public synchronized byte[] contents() {
        return collected.toByteArray();
    }

    @Override
    protected void release() throws IOException {
        out.close();
    }
}
