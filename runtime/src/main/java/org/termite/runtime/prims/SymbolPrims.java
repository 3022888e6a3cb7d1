package org.termite.runtime.prims;

/** Stub. */
public final class SymbolPrims {
    private SymbolPrims() {}
}
