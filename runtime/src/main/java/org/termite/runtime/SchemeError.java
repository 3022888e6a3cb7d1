package org.termite.runtime;

/**
 * A raised Scheme object travelling as a Java exception from the point of the raise to the trampoline base.
 *
 * <p>It is a {@link Capture}: call sites save their frames as it passes, so at the base the handlers run with
 * the full continuation of the raise, as R7RS requires, and a backtrace can be printed. Errors raised by
 * primitives keep their JVM stack trace because its first generated frame names the failing .scm line.
 */
public final class SchemeError extends Capture {
    private static final long serialVersionUID = 1L;

    public final transient Object payload;

    public SchemeError(Object payload) {
        super(k -> Errors.dispatch(payload, k), null, true);
        this.payload = payload;
    }

    @Override
    public String getMessage() {
        return payload instanceof ErrorObject e ? e.describe() : org.termite.runtime.text.Printer.toWriteString(payload);
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
