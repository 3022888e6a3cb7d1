package org.termite.compiler.expand;

import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;

/**
 * A derived form written in Java as a rewrite into other forms. Its output names core keywords and library
 * procedures through {@link CoreEnv#keyword}, so user bindings cannot capture them, and makes its temporaries
 * with {@link CoreEnv#temp}, so they cannot capture user identifiers.
 */
@FunctionalInterface
interface JavaMacro {
    Object rewrite(Pair form, Env env, Expander x, SourcePos pos);

    default Transformer asTransformer() {
        return (form, env, x) -> rewrite((Pair) form, env, x, x.posOf(form, null));
    }
}
