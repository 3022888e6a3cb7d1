package org.termite.runtime.num;

/** Stub. */
public final class NumberPrims {
    private NumberPrims() {}
}
