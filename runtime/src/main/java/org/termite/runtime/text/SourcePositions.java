package org.termite.runtime.text;

import java.util.IdentityHashMap;

/** Where each pair and vector read from a source started, keyed by identity. Filled by {@link DatumReader}. */
public final class SourcePositions {
    private final IdentityHashMap<Object, SourcePos> positions = new IdentityHashMap<>();

    public void put(Object datum, SourcePos pos) {
        positions.put(datum, pos);
    }

    public SourcePos get(Object datum) {
        return positions.get(datum);
    }
}
