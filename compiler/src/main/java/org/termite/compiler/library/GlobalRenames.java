package org.termite.compiler.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.termite.compiler.ir.Core;
import org.termite.runtime.Symbol;

/**
 * rename-imported-globals: Core -> Core, run on a module right after expansion when its import sets renamed
 * variables. A renamed import binds nothing at run time: {@code (import (prefix (util math) m:))} makes
 * {@code m:square} another name of the global {@code square}, so references, assignments and definitions of
 * the local name are rewritten to the global's. Only global references are touched; local variables and quoted
 * symbols keep their names.
 */
final class GlobalRenames {
    private final Map<Symbol, Symbol> renames;

    private GlobalRenames(Map<Symbol, Symbol> renames) {
        this.renames = renames;
    }

    static Core run(Core c, Map<Symbol, Symbol> renames) {
        return renames.isEmpty() ? c : new GlobalRenames(renames).rewrite(c);
    }

    private Symbol name(Symbol s) {
        return renames.getOrDefault(s, s);
    }

    private Core rewrite(Core c) {
        if (c instanceof Core.GlobalRef r) {
            return new Core.GlobalRef(name(r.name()), r.pos());
        } else if (c instanceof Core.GlobalSet s) {
            return new Core.GlobalSet(name(s.name()), rewrite(s.value()), s.pos());
        } else if (c instanceof Core.GlobalDef d) {
            return new Core.GlobalDef(name(d.name()), rewrite(d.value()), d.pos());
        } else if (c instanceof Core.LocalSet s) {
            return new Core.LocalSet(s.var(), rewrite(s.value()), s.pos());
        } else if (c instanceof Core.If i) {
            return new Core.If(rewrite(i.test()), rewrite(i.then()), rewrite(i.otherwise()), i.pos());
        } else if (c instanceof Core.Lambda l) {
            return lambda(l);
        } else if (c instanceof Core.Seq s) {
            return new Core.Seq(all(s.exprs()), s.pos());
        } else if (c instanceof Core.Call call) {
            return new Core.Call(rewrite(call.fn()), all(call.args()), call.pos());
        } else if (c instanceof Core.Let l) {
            return new Core.Let(l.vars(), all(l.inits()), rewrite(l.body()), l.pos());
        } else if (c instanceof Core.Letrec l) {
            List<Core.Lambda> lambdas = new ArrayList<>();
            for (Core.Lambda lam : l.lambdas()) {
                lambdas.add(lambda(lam));
            }
            return new Core.Letrec(l.vars(), lambdas, rewrite(l.body()), l.pos());
        } else if (c instanceof Core.PrimCall p) {
            return new Core.PrimCall(p.op(), all(p.args()), p.pos());
        } else if (c instanceof Core.Apply a) {
            return new Core.Apply(rewrite(a.fn()), all(a.args()), a.pos());
        } else if (c instanceof Core.MakeBox b) {
            return new Core.MakeBox(rewrite(b.value()), b.pos());
        } else if (c instanceof Core.BoxSet b) {
            return new Core.BoxSet(b.box(), rewrite(b.value()), b.pos());
        }
        return c;
    }

    private Core.Lambda lambda(Core.Lambda l) {
        return new Core.Lambda(l.required(), l.optional(), l.rest(), rewrite(l.body()), l.name(), l.pos());
    }

    private List<Core> all(List<Core> cs) {
        List<Core> out = new ArrayList<>(cs.size());
        for (Core c : cs) {
            out.add(rewrite(c));
        }
        return out;
    }
}
