package org.termite.compiler.library;

import java.util.Map;
import org.termite.compiler.ir.Core;
import org.termite.runtime.value.Symbol;

/**
 * rename-imported-globals: Core -> Core, run on a module right after expansion when its import sets renamed
 * variables. A renamed import binds nothing at run time: {@code (import (prefix (util math) m:))} makes
 * {@code m:square} another name of the global {@code square}, so references, assignments and definitions of
 * the local name are rewritten to the global's. Only global references are touched; local variables and quoted
 * symbols keep their names.
 */
final class GlobalRenames {
    private GlobalRenames() {}

    static Core run(Core c, Map<Symbol, Symbol> renames) {
        return renames.isEmpty() ? c : CoreMap.globals(c, s -> renames.getOrDefault(s, s));
    }
}
