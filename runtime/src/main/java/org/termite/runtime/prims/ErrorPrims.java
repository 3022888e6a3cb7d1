package org.termite.runtime.prims;

/** Stub. */
public final class ErrorPrims {
    private ErrorPrims() {}
}
