package org.termite.compiler.library;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.termite.compiler.ir.Core;
import org.termite.runtime.value.Symbol;

/**
 * Rebuilds a core tree with its global names and its constants replaced: the shared walk of the steps that
 * run on a module right after expansion ({@link GlobalRenames}, {@link ComplexLiterals}). Never mutates its
 * input.
 */
final class CoreMap {
    private final UnaryOperator<Symbol> globals;
    private final Function<Core.Const, Core> constants;

    private CoreMap(UnaryOperator<Symbol> globals, Function<Core.Const, Core> constants) {
        this.globals = globals;
        this.constants = constants;
    }

    static Core globals(Core c, UnaryOperator<Symbol> rename) {
        return new CoreMap(rename, k -> k).map(c);
    }

    static Core constants(Core c, Function<Core.Const, Core> replace) {
        return new CoreMap(s -> s, replace).map(c);
    }

    private Core map(Core c) {
        if (c instanceof Core.Const k) {
            return constants.apply(k);
        } else if (c instanceof Core.GlobalRef r) {
            return new Core.GlobalRef(globals.apply(r.name()), r.pos());
        } else if (c instanceof Core.GlobalSet s) {
            return new Core.GlobalSet(globals.apply(s.name()), map(s.value()), s.pos());
        } else if (c instanceof Core.GlobalDef d) {
            return new Core.GlobalDef(globals.apply(d.name()), map(d.value()), d.pos());
        } else if (c instanceof Core.LocalSet s) {
            return new Core.LocalSet(s.var(), map(s.value()), s.pos());
        } else if (c instanceof Core.If i) {
            return new Core.If(map(i.test()), map(i.then()), map(i.otherwise()), i.pos());
        } else if (c instanceof Core.Lambda l) {
            return lambda(l);
        } else if (c instanceof Core.Seq s) {
            return new Core.Seq(all(s.exprs()), s.pos());
        } else if (c instanceof Core.Call call) {
            return new Core.Call(map(call.fn()), all(call.args()), call.pos());
        } else if (c instanceof Core.Let l) {
            return new Core.Let(l.vars(), all(l.inits()), map(l.body()), l.pos());
        } else if (c instanceof Core.Letrec l) {
            List<Core.Lambda> lambdas = new ArrayList<>();
            for (Core.Lambda lam : l.lambdas()) {
                lambdas.add(lambda(lam));
            }
            return new Core.Letrec(l.vars(), lambdas, map(l.body()), l.pos());
        } else if (c instanceof Core.PrimCall p) {
            return new Core.PrimCall(p.op(), all(p.args()), p.pos());
        } else if (c instanceof Core.Apply a) {
            return new Core.Apply(map(a.fn()), all(a.args()), a.pos());
        } else if (c instanceof Core.MakeBox b) {
            return new Core.MakeBox(map(b.value()), b.pos());
        } else if (c instanceof Core.BoxSet b) {
            return new Core.BoxSet(b.box(), map(b.value()), b.pos());
        }
        return c;
    }

    private Core.Lambda lambda(Core.Lambda l) {
        return new Core.Lambda(l.required(), l.optional(), l.rest(), map(l.body()), l.name(), l.pos());
    }

    private List<Core> all(List<Core> cs) {
        List<Core> out = new ArrayList<>(cs.size());
        for (Core c : cs) {
            out.add(map(c));
        }
        return out;
    }
}
