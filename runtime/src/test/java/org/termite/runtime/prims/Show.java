package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/** Test helpers: a plain written form of lists, vectors and bytevectors, and error assertions. */
final class Show {
    private Show() {}

    static String of(Object x) {
        StringBuilder sb = new StringBuilder();
        write(x, sb);
        return sb.toString();
    }

    private static void write(Object x, StringBuilder sb) {
        if (x instanceof Pair p) {
            sb.append('(');
            write(p.car, sb);
            Object l = p.cdr;
            for (; l instanceof Pair q; l = q.cdr) {
                sb.append(' ');
                write(q.car, sb);
            }
            if (l != Nil.NIL) {
                sb.append(" . ");
                write(l, sb);
            }
            sb.append(')');
        } else if (x instanceof Object[] v) {
            sb.append("#(");
            for (int i = 0; i < v.length; i++) {
                sb.append(i > 0 ? " " : "");
                write(v[i], sb);
            }
            sb.append(')');
        } else if (x instanceof byte[] b) {
            sb.append("#u8(");
            for (int i = 0; i < b.length; i++) {
                sb.append(i > 0 ? " " : "").append(b[i] & 0xff);
            }
            sb.append(')');
        } else if (x instanceof MString s) {
            sb.append('"').append(s).append('"');
        } else if (x instanceof Boolean b) {
            sb.append(b ? "#t" : "#f");
        } else {
            sb.append(x);
        }
    }

    static Object list(Object... xs) {
        return Pair.list(xs);
    }

    /** Asserts that running {@code body} raises an error whose message is exactly {@code message}. */
    static ErrorObject error(String message, Executable body) {
        SchemeError e = assertThrows(SchemeError.class, body);
        ErrorObject err = (ErrorObject) e.payload;
        assertEquals(message, err.message);
        return err;
    }

    /** The irritants of an error, written. */
    static String irritants(ErrorObject err) {
        return of(err.irritants);
    }
}
