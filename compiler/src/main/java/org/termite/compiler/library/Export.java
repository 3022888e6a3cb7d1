package org.termite.compiler.library;

import org.termite.compiler.expand.Binding;
import org.termite.runtime.value.Symbol;

/** What a library exports under a name: a global variable, or a keyword (a macro or special form). */
public sealed interface Export {
    /** The global variable {@code global}: a library's variables are globals of the program. */
    record Variable(Symbol global) implements Export {}

    /** Syntax: the binding the exported identifier has in the library's environment. */
    record Keyword(Binding binding) implements Export {}
}
