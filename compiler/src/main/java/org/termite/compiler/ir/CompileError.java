package org.termite.compiler.ir;

import org.termite.runtime.text.SourcePos;

/** A mistake in the program found while compiling it; the message starts with {@code file:line:column}. */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final transient SourcePos pos;
    public final String detail;

    public CompileError(SourcePos pos, String detail) {
        super((pos == null ? "" : pos + ": ") + detail, null, false, false);
        this.pos = pos;
        this.detail = detail;
    }
}
