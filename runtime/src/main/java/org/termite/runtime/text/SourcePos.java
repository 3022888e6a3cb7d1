package org.termite.runtime.text;

/** A position in a source file; lines and columns count from 1. */
public record SourcePos(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
