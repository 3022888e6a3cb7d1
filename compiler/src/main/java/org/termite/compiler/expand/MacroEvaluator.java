package org.termite.compiler.expand;

import org.termite.runtime.exec.Procedure;
import org.termite.runtime.text.SourcePos;

/** Compiles and runs, at compile time, the expression that gives a define-macro its transformer procedure. */
public interface MacroEvaluator {
    Procedure evaluate(Object expression, Env global, SourcePos pos);
}
