package org.termite.compiler.expand;

import org.termite.runtime.value.Symbol;

/**
 * A macro that is also a procedure when used as a value: Termite's {@code spawn} is a procedure
 * ({@code (map spawn thunks)}), while {@code (spawn body ...)} stays the presentation's body form. A use in call
 * position is transformed; a bare reference means the global {@code procedure}.
 */
record ValueMacro(Transformer macro, Symbol procedure) implements Transformer {
    @Override
    public Object transform(Object form, Env useEnv, Expander expander) {
        return macro.transform(form, useEnv, expander);
    }
}
