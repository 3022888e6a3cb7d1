package org.termite.runtime.io;

/** Stub. */
public final class PortPrims {
    private PortPrims() {}
}
