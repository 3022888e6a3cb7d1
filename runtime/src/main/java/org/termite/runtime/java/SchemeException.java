package org.termite.runtime.java;

/**
 * A Scheme error seen from Java: what a Scheme procedure behind a Java interface throws when it raises, and
 * what the embedding API throws. The message is the error's message and irritants, as Scheme shows them.
 */
public class SchemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The raised Scheme object (an error object or any other value). */
    public final transient Object payload;

    public SchemeException(String message, Object payload, Throwable cause) {
        super(message, cause);
        this.payload = payload;
    }

    /** The exception for a raised Scheme object. */
    public static SchemeException of(Object raised) {
        String m = raised instanceof org.termite.runtime.exec.ErrorObject e ? e.describe()
                : org.termite.runtime.text.Printer.toWriteString(raised);
        return new SchemeException(m, raised, null);
    }
}
