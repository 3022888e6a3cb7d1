package org.termite.runtime.prims;

/** Stub. */
public final class RecordPrims {
    private RecordPrims() {}
}
