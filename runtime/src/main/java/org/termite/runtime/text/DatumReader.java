package org.termite.runtime.text;

/** Stub: replaced by the full reader. */
public final class DatumReader {
    public DatumReader(String text, String file, SourcePositions positions) {
        this(new StringSource(text), file, positions);
    }

    public DatumReader(CodePointSource source, String file, SourcePositions positions) {
    }

    public Object read() {
        throw new UnsupportedOperationException();
    }
}
