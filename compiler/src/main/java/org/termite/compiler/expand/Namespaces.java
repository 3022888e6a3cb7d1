package org.termite.compiler.expand;

import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Symbol;

/**
 * Gambit's namespaced names, as Termite programs write them: {@code termite#spawn} is Termite's {@code spawn}
 * and {@code ##car} is Gambit's primitive {@code car}. Both name our definition of the plain name, which the
 * expander then resolves as usual (a macro, a primitive or a global). Other Gambit namespaces ({@code gambit#},
 * {@code _termite#}, ...) are not ours to define: such a name is a compile error that says so. A symbol with a
 * {@code #} only inside ({@code a#b}'s prefix is not a namespace we know) is an error too, because Gambit reads
 * it as a namespaced name; the rare program that means a plain identifier writes {@code |a#b|}.
 */
final class Namespaces {
    private Namespaces() {}

    /** The plain name a namespaced identifier stands for, or the identifier itself. */
    static Object resolve(Object id, SourcePos pos) {
        if (!(id instanceof Symbol s)) {
            return id;
        }
        String n = s.name;
        int hash = n.indexOf('#');
        if (hash < 0 || hash == n.length() - 1) {
            return id;
        }
        if (n.startsWith("##")) {
            return Symbol.of(n.substring(2));
        }
        if (n.startsWith("termite#")) {
            return Symbol.of(n.substring("termite#".length()));
        }
        if (hash == 0) {
            return id;
        }
        throw new CompileError(pos, "unknown namespace " + n.substring(0, hash + 1) + " in " + n
                + " (known: termite# and ##)");
    }
}
