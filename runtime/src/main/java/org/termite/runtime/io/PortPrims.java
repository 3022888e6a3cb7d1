package org.termite.runtime.io;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.io.TextOutputPort.Style;
import org.termite.runtime.prims.SeqArgs;
import org.termite.runtime.text.DatumReader;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.SChar;

/**
 * Port primitives (R7RS section 6.13 plus Gambit's read-line and force-output). An omitted port argument
 * means the current input or output port. Every primitive must be declared in this class, so it stays a
 * thin layer: the work is done by the port classes.
 */
public final class PortPrims {
    private PortPrims() {}

    @Primitive("port?")
    public static boolean isPort(Object x) {
        return x instanceof Port;
    }

    @Primitive("input-port?")
    public static boolean isInputPort(Object x) {
        return x instanceof Port p && p.isInput();
    }

    @Primitive("output-port?")
    public static boolean isOutputPort(Object x) {
        return x instanceof Port p && p.isOutput();
    }

    @Primitive("textual-port?")
    public static boolean isTextualPort(Object x) {
        return x instanceof Port p && p.isTextual();
    }

    @Primitive("binary-port?")
    public static boolean isBinaryPort(Object x) {
        return x instanceof Port p && p.isBinary();
    }

    @Primitive("input-port-open?")
    public static boolean isInputPortOpen(Object x) {
        Port p = PortArgs.port("input-port-open?", x);
        return p.isInput() && p.isOpen() && !(p instanceof TcpPort t && !t.inputOpen());
    }

    @Primitive("output-port-open?")
    public static boolean isOutputPortOpen(Object x) {
        Port p = PortArgs.port("output-port-open?", x);
        return p.isOutput() && p.isOpen() && !(p instanceof TcpPort t && !t.outputOpen());
    }

    @Primitive("close-port")
    public static void closePort(Object x) {
        PortArgs.port("close-port", x).close("close-port");
    }

    @Primitive("close-input-port")
    public static void closeInputPort(Object x) {
        Port p = PortArgs.port("close-input-port", x);
        if (p instanceof TcpPort t) {
            t.closeInput("close-input-port");
            return;
        }
        if (!p.isInput()) {
            throw SchemeError.wrongType("close-input-port", "input port", x);
        }
        p.close("close-input-port");
    }

    @Primitive("close-output-port")
    public static void closeOutputPort(Object x) {
        Port p = PortArgs.port("close-output-port", x);
        if (p instanceof TcpPort t) {
            t.closeOutput("close-output-port");
            return;
        }
        if (!p.isOutput()) {
            throw SchemeError.wrongType("close-output-port", "output port", x);
        }
        p.close("close-output-port");
    }

    @Primitive("current-input-port")
    public static Object currentInputPort() {
        return Ports.CURRENT_INPUT.value();
    }

    @Primitive("current-output-port")
    public static Object currentOutputPort() {
        return Ports.CURRENT_OUTPUT.value();
    }

    @Primitive("current-error-port")
    public static Object currentErrorPort() {
        return Ports.CURRENT_ERROR.value();
    }

    // String and bytevector ports

    @Primitive("open-input-string")
    public static Object openInputString(Object s) {
        return new StringInputPort(SeqArgs.string("open-input-string", s).copy());
    }

    @Primitive("open-output-string")
    public static Object openOutputString() {
        return new StringOutputPort();
    }

    @Primitive("get-output-string")
    public static Object getOutputString(Object port) {
        if (port instanceof StringOutputPort p) {
            return p.contents();
        }
        throw SchemeError.wrongType("get-output-string", "string output port", port);
    }

    @Primitive("open-input-bytevector")
    public static Object openInputBytevector(Object b) {
        byte[] bytes = SeqArgs.bytevector("open-input-bytevector", b).clone();
        return new BinaryInputPort(new java.io.ByteArrayInputStream(bytes), "bytevector");
    }

    @Primitive("open-output-bytevector")
    public static Object openOutputBytevector() {
        return BinaryOutputPort.toBytevector();
    }

    @Primitive("get-output-bytevector")
    public static Object getOutputBytevector(Object port) {
        if (port instanceof BinaryOutputPort p && p.isBytevectorPort()) {
            return p.contents();
        }
        throw SchemeError.wrongType("get-output-bytevector", "bytevector output port", port);
    }

    // Files

    @Primitive("open-input-file")
    public static Object openInputFile(Object name) {
        return FilePorts.openTextInput("open-input-file", name);
    }

    @Primitive("open-output-file")
    public static Object openOutputFile(Object name) {
        return FilePorts.openTextOutput("open-output-file", name);
    }

    @Primitive("open-binary-input-file")
    public static Object openBinaryInputFile(Object name) {
        return FilePorts.openBinaryInput("open-binary-input-file", name);
    }

    @Primitive("open-binary-output-file")
    public static Object openBinaryOutputFile(Object name) {
        return FilePorts.openBinaryOutput("open-binary-output-file", name);
    }

    @Primitive("file-exists?")
    public static boolean fileExists(Object name) {
        return FilePorts.exists(name);
    }

    @Primitive("delete-file")
    public static void deleteFile(Object name) {
        FilePorts.delete(name);
    }

    // Textual input

    // The reading primitives are not inlined: on the console or a connection, a process waiting for input parks
    // in them.

    @Primitive(value = "read-char", inline = false)
    public static Object readChar() {
        return readChar(PortArgs.currentIn());
    }

    @Primitive(value = "read-char", inline = false)
    public static Object readChar(Object port) {
        TextInputPort p = PortArgs.textIn("read-char", port);
        InputWait.text(p, false, () -> readChar(port));
        return charOrEof(p.readChar("read-char"));
    }

    @Primitive(value = "peek-char", inline = false)
    public static Object peekChar() {
        return peekChar(PortArgs.currentIn());
    }

    @Primitive(value = "peek-char", inline = false)
    public static Object peekChar(Object port) {
        TextInputPort p = PortArgs.textIn("peek-char", port);
        InputWait.text(p, false, () -> peekChar(port));
        return charOrEof(p.peekChar("peek-char"));
    }

    private static Object charOrEof(int c) {
        return c < 0 ? Eof.VALUE : SChar.of(c);
    }

    @Primitive("char-ready?")
    public static boolean charReady() {
        return PortArgs.textIn("char-ready?").charReady("char-ready?");
    }

    @Primitive("char-ready?")
    public static boolean charReady(Object port) {
        return PortArgs.textIn("char-ready?", port).charReady("char-ready?");
    }

    @Primitive(value = "read-line", inline = false)
    public static Object readLine() {
        return readLine(PortArgs.currentIn());
    }

    @Primitive(value = "read-line", inline = false)
    public static Object readLine(Object port) {
        TextInputPort p = PortArgs.textIn("read-line", port);
        InputWait.text(p, true, () -> readLine(port));
        return p.readLine("read-line");
    }

    @Primitive(value = "read-string", inline = false)
    public static Object readString(Object k) {
        return readString(k, PortArgs.currentIn());
    }

    @Primitive(value = "read-string", inline = false)
    public static Object readString(Object k, Object port) {
        int n = SeqArgs.count("read-string", k);
        TextInputPort p = PortArgs.textIn("read-string", port);
        InputWait.text(p, false, n, () -> readString(k, port));
        return p.readString("read-string", n);
    }

    @Primitive(value = "read", inline = false)
    public static Object read() {
        return read(PortArgs.currentIn());
    }

    @Primitive(value = "read", inline = false)
    public static Object read(Object port) {
        if (port instanceof TcpServerPort server) {
            return server.accept("read");
        }
        TextInputPort p = PortArgs.textIn("read", port);
        InputWait.text(p, true, () -> read(port));
        return new DatumReader(p, p.description(), null).read();
    }

    @Primitive("eof-object")
    public static Object eofObject() {
        return Eof.VALUE;
    }

    @Primitive("eof-object?")
    public static boolean isEofObject(Object x) {
        return x == Eof.VALUE;
    }

    // Binary input

    @Primitive(value = "read-u8", inline = false)
    public static Object readU8() {
        return readU8(PortArgs.currentIn());
    }

    @Primitive(value = "read-u8", inline = false)
    public static Object readU8(Object port) {
        BinaryInputPort p = PortArgs.binaryIn("read-u8", port);
        InputWait.bytes(port, 1, () -> readU8(port));
        return byteOrEof(p.readU8("read-u8"));
    }

    @Primitive(value = "peek-u8", inline = false)
    public static Object peekU8() {
        return peekU8(PortArgs.currentIn());
    }

    @Primitive(value = "peek-u8", inline = false)
    public static Object peekU8(Object port) {
        BinaryInputPort p = PortArgs.binaryIn("peek-u8", port);
        InputWait.bytes(port, 1, () -> peekU8(port));
        return byteOrEof(p.peekU8("peek-u8"));
    }

    private static Object byteOrEof(int b) {
        return b < 0 ? Eof.VALUE : SeqArgs.octet(b);
    }

    @Primitive("u8-ready?")
    public static boolean u8Ready() {
        return u8Ready(PortArgs.currentIn());
    }

    @Primitive("u8-ready?")
    public static boolean u8Ready(Object port) {
        return PortArgs.binaryIn("u8-ready?", port).u8Ready("u8-ready?");
    }

    @Primitive(value = "read-bytevector", inline = false)
    public static Object readBytevector(Object k) {
        return readBytevector(k, PortArgs.currentIn());
    }

    @Primitive(value = "read-bytevector", inline = false)
    public static Object readBytevector(Object k, Object port) {
        int n = SeqArgs.count("read-bytevector", k);
        BinaryInputPort p = PortArgs.binaryIn("read-bytevector", port);
        InputWait.bytes(port, n, () -> readBytevector(k, port));
        return p.readBytes("read-bytevector", n);
    }

    @Primitive(value = "read-bytevector!", inline = false)
    public static Object readBytevectorInto(Object b) {
        return readBytevectorInto(b, PortArgs.currentIn());
    }

    @Primitive(value = "read-bytevector!", inline = false)
    public static Object readBytevectorInto(Object b, Object port) {
        return readBytevectorInto(b, port, 0L);
    }

    @Primitive(value = "read-bytevector!", inline = false)
    public static Object readBytevectorInto(Object b, Object port, Object start) {
        return readBytevectorInto(b, port, start, (long) SeqArgs.bytevector("read-bytevector!", b).length);
    }

    @Primitive(value = "read-bytevector!", inline = false)
    public static Object readBytevectorInto(Object b, Object port, Object start, Object end) {
        byte[] bytes = SeqArgs.bytevector("read-bytevector!", b);
        int from = SeqArgs.bound("read-bytevector!", start, bytes.length, b);
        int to = SeqArgs.end("read-bytevector!", end, from, bytes.length, b);
        BinaryInputPort p = PortArgs.binaryIn("read-bytevector!", port);
        InputWait.bytes(port, to - from, () -> readBytevectorInto(b, port, start, end));
        int n = p.readInto("read-bytevector!", bytes, from, to);
        return n < 0 ? Eof.VALUE : (Object) (long) n;
    }

    // Output

    @Primitive("write-char")
    public static void writeChar(Object c) {
        writeChar(c, PortArgs.currentOut());
    }

    @Primitive("write-char")
    public static void writeChar(Object c, Object port) {
        if (!(c instanceof SChar ch)) {
            throw SchemeError.wrongType("write-char", "character", c);
        }
        PortArgs.textOut("write-char", port).writeChar("write-char", ch.codePoint);
    }

    @Primitive("newline")
    public static void newline() {
        PortArgs.textOut("newline").writeChar("newline", '\n');
    }

    @Primitive("newline")
    public static void newline(Object port) {
        PortArgs.textOut("newline", port).writeChar("newline", '\n');
    }

    @Primitive("write-string")
    public static void writeString(Object s) {
        writeString(s, PortArgs.currentOut());
    }

    @Primitive("write-string")
    public static void writeString(Object s, Object port) {
        MString m = SeqArgs.string("write-string", s);
        PortArgs.textOut("write-string", port).writeString("write-string", m, 0, m.length());
    }

    @Primitive("write-string")
    public static void writeString(Object s, Object port, Object start) {
        MString m = SeqArgs.string("write-string", s);
        writeString(m, port, start, (long) m.length());
    }

    @Primitive("write-string")
    public static void writeString(Object s, Object port, Object start, Object end) {
        MString m = SeqArgs.string("write-string", s);
        int from = SeqArgs.bound("write-string", start, m.length(), s);
        int to = SeqArgs.end("write-string", end, from, m.length(), s);
        PortArgs.textOut("write-string", port).writeString("write-string", m, from, to);
    }

    @Primitive("write-u8")
    public static void writeU8(Object b) {
        writeU8(b, PortArgs.currentOut());
    }

    @Primitive("write-u8")
    public static void writeU8(Object b, Object port) {
        byte v = SeqArgs.byteValue("write-u8", b);
        PortArgs.binaryOut("write-u8", port).writeU8("write-u8", v & 0xff);
    }

    @Primitive("write-bytevector")
    public static void writeBytevector(Object b) {
        writeBytevector(b, PortArgs.currentOut());
    }

    @Primitive("write-bytevector")
    public static void writeBytevector(Object b, Object port) {
        byte[] bytes = SeqArgs.bytevector("write-bytevector", b);
        PortArgs.binaryOut("write-bytevector", port).writeBytes("write-bytevector", bytes, 0, bytes.length);
    }

    @Primitive("write-bytevector")
    public static void writeBytevector(Object b, Object port, Object start) {
        byte[] bytes = SeqArgs.bytevector("write-bytevector", b);
        writeBytevector(b, port, start, (long) bytes.length);
    }

    @Primitive("write-bytevector")
    public static void writeBytevector(Object b, Object port, Object start, Object end) {
        byte[] bytes = SeqArgs.bytevector("write-bytevector", b);
        int from = SeqArgs.bound("write-bytevector", start, bytes.length, b);
        int to = SeqArgs.end("write-bytevector", end, from, bytes.length, b);
        PortArgs.binaryOut("write-bytevector", port).writeBytes("write-bytevector", bytes, from, to);
    }

    @Primitive("display")
    public static void display(Object x) {
        PortArgs.textOut("display").print("display", x, Style.DISPLAY);
    }

    @Primitive("display")
    public static void display(Object x, Object port) {
        PortArgs.textOut("display", port).print("display", x, Style.DISPLAY);
    }

    @Primitive("write")
    public static void write(Object x) {
        PortArgs.textOut("write").print("write", x, Style.WRITE);
    }

    @Primitive("write")
    public static void write(Object x, Object port) {
        PortArgs.textOut("write", port).print("write", x, Style.WRITE);
    }

    @Primitive("write-shared")
    public static void writeShared(Object x) {
        writeShared(x, PortArgs.currentOut());
    }

    @Primitive("write-shared")
    public static void writeShared(Object x, Object port) {
        PortArgs.textOut("write-shared", port).print("write-shared", x, Style.WRITE_SHARED);
    }

    @Primitive("write-simple")
    public static void writeSimple(Object x) {
        writeSimple(x, PortArgs.currentOut());
    }

    @Primitive("write-simple")
    public static void writeSimple(Object x, Object port) {
        PortArgs.textOut("write-simple", port).print("write-simple", x, Style.WRITE_SIMPLE);
    }

    @Primitive({"flush-output-port", "force-output"})
    public static void flushOutputPort() {
        flushOutputPort(PortArgs.currentOut());
    }

    @Primitive({"flush-output-port", "force-output"})
    public static void flushOutputPort(Object port) {
        if (port instanceof BinaryOutputPort b) {
            b.flush("flush-output-port");
        } else if (port instanceof TextOutputPort t) {
            t.flush("flush-output-port");
        } else if (port instanceof TcpPort t) {
            PortArgs.textOut("flush-output-port", t).flush("flush-output-port");
        } else {
            throw SchemeError.wrongType("flush-output-port", "output port", port);
        }
    }
}
