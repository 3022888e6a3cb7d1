package org.termite.runtime.prims;

/** Stub. */
public final class ListPrims {
    private ListPrims() {}
}
