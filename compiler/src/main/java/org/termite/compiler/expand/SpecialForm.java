package org.termite.compiler.expand;

import org.termite.compiler.ir.Core;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;

/** The expansion of one syntactic keyword into core forms. */
@FunctionalInterface
public interface SpecialForm {
    Core expand(Pair form, Env env, Expander x, SourcePos pos);
}
