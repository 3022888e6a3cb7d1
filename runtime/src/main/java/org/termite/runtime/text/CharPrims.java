package org.termite.runtime.text;

/** Stub. */
public final class CharPrims {
    private CharPrims() {}
}
