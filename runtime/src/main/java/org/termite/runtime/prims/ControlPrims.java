package org.termite.runtime.prims;

/** Stub. */
public final class ControlPrims {
    private ControlPrims() {}
}
