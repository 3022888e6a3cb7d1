package org.termite.runtime.prims;

/** Stub. */
public final class VectorPrims {
    private VectorPrims() {}
}
