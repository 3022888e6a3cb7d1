package org.termite.runtime.prims;

/** Stub. */
public final class EquivalencePrims {
    private EquivalencePrims() {}
}
