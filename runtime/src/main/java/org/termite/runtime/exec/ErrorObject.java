package org.termite.runtime.exec;

import org.termite.runtime.value.Pair;

/** A condition raised by error or by a failing primitive: a message and a list of irritants. */
public final class ErrorObject {
    public enum Kind { ERROR, FILE, READ }

    public final Kind kind;
    public final String message;
    public final Object irritants;

    public ErrorObject(Kind kind, String message, Object irritants) {
        this.kind = kind;
        this.message = message;
        this.irritants = irritants;
    }

    /** The message followed by the irritants, written, as an uncaught error shows it. */
    public String describe() {
        StringBuilder sb = new StringBuilder(message);
        for (Object l = irritants; l instanceof Pair p; l = p.cdr) {
            sb.append(' ').append(org.termite.runtime.value.Written.of(p.car));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "#<error-object " + describe() + ">";
    }
}
