package org.termite.runtime.prims;

import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.ExitSignal;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.exec.Uncaught;
import org.termite.runtime.text.Printer;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Symbol;

/** raise and error, error objects (R7RS and Gambit's names), and leaving the program. */
public final class ErrorPrims {
    private ErrorPrims() {}

    /** Not continuable: the handlers run at the trampoline base with the raise's full continuation. */
    @Primitive("raise")
    public static Object raise(Object obj) {
        throw new SchemeError(obj);
    }

    @Primitive("error")
    public static Object error(Object message, Object... irritants) {
        String text;
        if (message instanceof MString s) {
            text = s.toString();
        } else if (message instanceof Symbol s && irritants.length > 0 && irritants[0] instanceof MString m) {
            // SRFI 23 style (error 'who "message" ...)
            text = s.name + ": " + m;
            Object[] rest = new Object[irritants.length - 1];
            System.arraycopy(irritants, 1, rest, 0, rest.length);
            irritants = rest;
        } else {
            text = Printer.toDisplayString(message);
        }
        throw new SchemeError(new ErrorObject(ErrorObject.Kind.ERROR, text, org.termite.runtime.value.Pair.list(irritants)));
    }

    @Primitive("error-object?")
    public static boolean isErrorObject(Object x) {
        return x instanceof ErrorObject;
    }

    @Primitive({"error-object-message", "error-exception-message", "condition/report-string"})
    public static Object message(Object x) {
        if (x instanceof ErrorObject e) {
            return MString.of(e.message);
        }
        throw SchemeError.wrongType("error-object-message", "error object", x);
    }

    @Primitive({"error-object-irritants", "error-exception-parameters"})
    public static Object irritants(Object x) {
        if (x instanceof ErrorObject e) {
            return e.irritants;
        }
        throw SchemeError.wrongType("error-object-irritants", "error object", x);
    }

    @Primitive("error-exception?")
    public static boolean isErrorException(Object x) {
        return x instanceof ErrorObject;
    }

    @Primitive("file-error?")
    public static boolean isFileError(Object x) {
        return x instanceof ErrorObject e && e.kind == ErrorObject.Kind.FILE;
    }

    @Primitive("read-error?")
    public static boolean isReadError(Object x) {
        return x instanceof ErrorObject e && e.kind == ErrorObject.Kind.READ;
    }

    /** The message an uncaught raise of {@code x} prints. */
    @Primitive("%condition-message")
    public static Object conditionMessage(Object x) {
        return MString.of(x instanceof ErrorObject e ? e.describe() : "uncaught exception: " + Printer.toWriteString(x));
    }

    /** No handler is left: the raise ends the computation. */
    @Primitive(value = "%uncaught", inline = false)
    public static Object uncaught(Object x) {
        throw new Uncaught(x);
    }

    /** Ends the program after the library has run the pending dynamic-wind exits. */
    @Primitive(value = "%exit", inline = false)
    public static Object exit(Object code) {
        throw new ExitSignal(exitCode(code));
    }

    @Primitive(value = "emergency-exit", inline = false)
    public static Object emergencyExit(Object... code) {
        throw new ExitSignal(code.length == 0 ? 0 : exitCode(code[0]));
    }

    static int exitCode(Object code) {
        if (code == Boolean.TRUE || code == org.termite.runtime.value.DefaultObject.VALUE || code == Nil.NIL) {
            return 0;
        }
        if (code == Boolean.FALSE) {
            return 1;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        return 0;
    }
}
