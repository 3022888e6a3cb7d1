package org.termite.runtime.prims;

/** Stub. */
public final class BytevectorPrims {
    private BytevectorPrims() {}
}
