package org.termite.runtime.prims;

/** Stub. */
public final class HashTablePrims {
    private HashTablePrims() {}
}
