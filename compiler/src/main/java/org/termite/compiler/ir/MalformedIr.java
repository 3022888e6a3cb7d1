package org.termite.compiler.ir;

/** An IR that breaks an invariant of its language: a mistake of the pass that made it, never of the program. */
public final class MalformedIr extends IllegalStateException {
    public MalformedIr(String message) {
        super(message);
    }
}
