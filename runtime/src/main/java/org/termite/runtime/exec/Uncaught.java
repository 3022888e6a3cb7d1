package org.termite.runtime.exec;

/** Thrown when a raised object found no handler: it ends the computation and reaches the top-level runner. */
public final class Uncaught extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final transient Object payload;

    public Uncaught(Object payload) {
        super(null, null, false, false);
        this.payload = payload;
    }

    @Override
    public String getMessage() {
        return payload instanceof ErrorObject e ? e.describe() : org.termite.runtime.value.Written.of(payload);
    }
}
