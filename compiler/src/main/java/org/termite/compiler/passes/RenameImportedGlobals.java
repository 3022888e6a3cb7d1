package org.termite.compiler.passes;

import java.util.Map;
import org.termite.compiler.ir.Core;
import org.termite.runtime.value.Symbol;

/**
 * rename-imported-globals: Core -> Core with every global named by its global's own name. A renamed import binds
 * nothing at run time: {@code (import (prefix (util math) m:))} makes {@code m:square} another name of the global
 * {@code square}, so references, assignments and definitions of the local name are rewritten to the global's.
 * Only global references are touched; local variables and quoted symbols keep their names.
 */
public final class RenameImportedGlobals extends CoreRewriter {
    private final Map<Symbol, Symbol> renames;

    private RenameImportedGlobals(Map<Symbol, Symbol> renames) {
        this.renames = renames;
    }

    /** {@code renames}: from the local name an import set gave to the global's name. */
    public static Core run(Core program, Map<Symbol, Symbol> renames) {
        return renames.isEmpty() ? program : new RenameImportedGlobals(renames).rewrite(program);
    }

    private Symbol global(Symbol local) {
        return renames.getOrDefault(local, local);
    }

    @Override
    Core rewrite(Core c) {
        if (c instanceof Core.GlobalRef r) {
            return new Core.GlobalRef(global(r.name()), r.pos());
        } else if (c instanceof Core.GlobalSet s) {
            return new Core.GlobalSet(global(s.name()), rewrite(s.value()), s.pos());
        } else if (c instanceof Core.GlobalDef d) {
            return new Core.GlobalDef(global(d.name()), rewrite(d.value()), d.pos());
        }
        return children(c);
    }
}
