package org.termite.runtime.text;

/** Stub. */
public final class StringPrims {
    private StringPrims() {}
}
