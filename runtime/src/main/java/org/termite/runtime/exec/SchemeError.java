package org.termite.runtime.exec;

import org.termite.runtime.value.Pair;

/**
 * A raised Scheme object travelling as a Java exception from the point of the raise to the trampoline base.
 *
 * <p>It is a {@link Capture}: call sites save their frames as it passes, so at the base the handlers run with
 * the full continuation of the raise, as R7RS requires, and a backtrace can be printed. The procedure where it
 * was raised may have no frame (a failing primitive inlined in its body), so the raise also notes the innermost
 * compiled Scheme code on the JVM stack: the first frame whose source file is a .scm file.
 */
public final class SchemeError extends Capture {
    private static final long serialVersionUID = 1L;

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    public final transient Object payload;
    /** "file:line (in procedure)" of the innermost compiled Scheme code, or null. */
    final String origin;

    public SchemeError(Object payload) {
        super(k -> Errors.dispatch(payload, k), null, false);
        this.payload = payload;
        this.origin = WALKER.walk(frames -> frames
                .filter(f -> f.getFileName() != null && f.getFileName().endsWith(".scm") && f.getLineNumber() > 0)
                .findFirst()
                .map(f -> f.getFileName() + ":" + f.getLineNumber() + column(f) + procedureName(f.getDeclaringClass()))
                .orElse(null));
    }

    /**
     * ":column" of the code at the frame's bytecode index, from the table the code generator leaves in the
     * class (COLUMNS: per method, "bci:column" pairs in ascending order), or nothing if it has none.
     */
    private static String column(StackWalker.StackFrame f) {
        String table;
        try {
            table = (String) f.getDeclaringClass().getField("COLUMNS").get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return "";
        }
        int bci = f.getByteCodeIndex();
        for (String method : table.split(";")) {
            String[] entries = method.split(" ");
            if (!entries[0].equals(f.getMethodName())) {
                continue;
            }
            int column = -1;
            for (int i = 1; i < entries.length; i++) {
                int colon = entries[i].indexOf(':');
                if (colon < 0 || Integer.parseInt(entries[i], 0, colon, 10) > bci) {
                    break;
                }
                column = Integer.parseInt(entries[i], colon + 1, entries[i].length(), 10);
            }
            return column > 0 ? ":" + column : "";
        }
        return "";
    }

    private static String procedureName(Class<?> generated) {
        try {
            return " (in " + generated.getField("NAME").get(null) + ")";
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    @Override
    public String getMessage() {
        return payload instanceof ErrorObject e ? e.describe() : org.termite.runtime.value.Written.of(payload);
    }

    public static SchemeError error(String message, Object... irritants) {
        return new SchemeError(new ErrorObject(ErrorObject.Kind.ERROR, message, Pair.list(irritants)));
    }

    /** {@code who: expected a TYPE, got VALUE}. */
    public static SchemeError wrongType(String who, String expected, Object got) {
        return error(who + ": expected " + article(expected) + ", got", got);
    }

    public static SchemeError outOfRange(String who, Object index, Object in) {
        return error(who + ": index out of range:", index, in);
    }

    public static SchemeError fileError(String message, Object... irritants) {
        return new SchemeError(new ErrorObject(ErrorObject.Kind.FILE, message, Pair.list(irritants)));
    }

    public static SchemeError readError(String message, Object... irritants) {
        return new SchemeError(new ErrorObject(ErrorObject.Kind.READ, message, Pair.list(irritants)));
    }

    private static String article(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
