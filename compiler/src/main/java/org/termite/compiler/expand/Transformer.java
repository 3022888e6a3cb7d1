package org.termite.compiler.expand;

/** A macro: rewrites a use (the whole form) into another form, expanded again in the use's environment. */
public interface Transformer {
    Object transform(Object form, Env useEnv, Expander expander);
}
