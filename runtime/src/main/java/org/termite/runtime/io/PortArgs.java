package org.termite.runtime.io;

import org.termite.runtime.exec.SchemeError;

/** Checks that an argument is the kind of port a procedure needs, or supplies the current port. */
final class PortArgs {
    private PortArgs() {}

    static Port port(String who, Object x) {
        if (x instanceof Port p) {
            return p;
        }
        throw SchemeError.wrongType(who, "port", x);
    }

    static TextInputPort textIn(String who, Object x) {
        if (x instanceof TextInputPort p) {
            return p;
        }
        if (x instanceof TcpPort t) {
            t.checkInput(who);
            return t.textIn;
        }
        throw SchemeError.wrongType(who, "textual input port", x);
    }

    static TextOutputPort textOut(String who, Object x) {
        if (x instanceof TextOutputPort p) {
            return p;
        }
        if (x instanceof TcpPort t) {
            t.checkOutput(who);
            return t.textOut;
        }
        throw SchemeError.wrongType(who, "textual output port", x);
    }

    static BinaryInputPort binaryIn(String who, Object x) {
        if (x instanceof BinaryInputPort p) {
            return p;
        }
        if (x instanceof TcpPort t) {
            t.checkInput(who);
            return t.binaryIn;
        }
        if (x instanceof TextInputPort text && text.binaryView instanceof BinaryInputPort b) {
            // bytes of a text file read so far by a textual operation are not seen again: the text side reads ahead
            return b;
        }
        throw SchemeError.wrongType(who, "binary input port", x);
    }

    static BinaryOutputPort binaryOut(String who, Object x) {
        if (x instanceof BinaryOutputPort p) {
            return p;
        }
        if (x instanceof TcpPort t) {
            t.checkOutput(who);
            return t.binaryOut;
        }
        if (x instanceof TextOutputPort text && text.binaryView instanceof BinaryOutputPort b) {
            // the text written before these bytes goes to the file first
            text.flush(who);
            return b;
        }
        throw SchemeError.wrongType(who, "binary output port", x);
    }

    static Object currentIn() {
        return Ports.CURRENT_INPUT.value();
    }

    static Object currentOut() {
        return Ports.CURRENT_OUTPUT.value();
    }

    static TextInputPort textIn(String who) {
        return textIn(who, currentIn());
    }

    static TextOutputPort textOut(String who) {
        return textOut(who, currentOut());
    }
}
