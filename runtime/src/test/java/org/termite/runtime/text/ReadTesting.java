package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;

/**
 * Reading helpers for the reader's tests, and a small writer of their own so the expected structures do not
 * depend on the runtime's printer. Strings show as "...", characters as #\x{hex}, symbols bare, bytevectors as
 * #u8(...); cyclic data must not be passed to it.
 */
final class ReadTesting {
    private ReadTesting() {}

    static Object read(String text) {
        return new DatumReader(text, "t.scm", null).read();
    }

    static String show(String text) {
        return show(read(text));
    }

    static String show(Object x) {
        StringBuilder sb = new StringBuilder();
        show(x, sb);
        return sb.toString();
    }

    private static void show(Object x, StringBuilder sb) {
        if (x instanceof Pair p) {
            sb.append('(');
            show(p.car, sb);
            Object rest = p.cdr;
            for (; rest instanceof Pair q; rest = q.cdr) {
                sb.append(' ');
                show(q.car, sb);
            }
            if (rest != org.termite.runtime.value.Nil.NIL) {
                sb.append(" . ");
                show(rest, sb);
            }
            sb.append(')');
        } else if (x instanceof Object[] v) {
            sb.append("#(");
            for (int i = 0; i < v.length; i++) {
                sb.append(i == 0 ? "" : " ");
                show(v[i], sb);
            }
            sb.append(')');
        } else if (x instanceof byte[] b) {
            sb.append("#u8(");
            for (int i = 0; i < b.length; i++) {
                sb.append(i == 0 ? "" : " ").append(b[i] & 0xFF);
            }
            sb.append(')');
        } else if (x instanceof MString s) {
            sb.append('"').append(s).append('"');
        } else if (x instanceof SChar c) {
            sb.append("#\\x").append(Integer.toHexString(c.codePoint));
        } else if (x instanceof Boolean b) {
            sb.append(b ? "#t" : "#f");
        } else if (x instanceof Symbol s) {
            sb.append(s.name);
        } else if (x instanceof Keyword k) {
            sb.append(k.name).append(':');
        } else {
            sb.append(x);
        }
    }

    /** Reads {@code text} expecting a read error, and checks its whole message. */
    static void assertReadError(String text, String message) {
        SchemeError e = assertThrows(SchemeError.class, () -> {
            DatumReader r = new DatumReader(text, "t.scm", null);
            for (int i = 0; i < 100; i++) {
                r.read();
            }
        });
        assertEquals(message, e.getMessage());
        assertTrue(e.payload instanceof org.termite.runtime.exec.ErrorObject o
                && o.kind == org.termite.runtime.exec.ErrorObject.Kind.READ);
    }
}
