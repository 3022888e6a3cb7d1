package org.termite.compiler.passes;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.Core;

/**
 * Rebuilds a core tree bottom-up; a pass overrides {@link #rewrite} for the forms it changes and calls
 * {@link #children} for the rest. Never mutates its input.
 */
abstract class CoreRewriter {
    Core rewrite(Core c) {
        return children(c);
    }

    final List<Core> all(List<Core> cs) {
        List<Core> out = new ArrayList<>(cs.size());
        for (Core c : cs) {
            out.add(rewrite(c));
        }
        return out;
    }

    final Core.Lambda lambda(Core.Lambda l) {
        return (Core.Lambda) rewrite(l);
    }

    final Core children(Core c) {
        if (c instanceof Core.Const || c instanceof Core.LocalRef || c instanceof Core.GlobalRef || c instanceof Core.BoxRef) {
            return c;
        } else if (c instanceof Core.LocalSet s) {
            return new Core.LocalSet(s.var(), rewrite(s.value()), s.pos());
        } else if (c instanceof Core.GlobalSet s) {
            return new Core.GlobalSet(s.name(), rewrite(s.value()), s.pos());
        } else if (c instanceof Core.GlobalDef d) {
            return new Core.GlobalDef(d.name(), rewrite(d.value()), d.pos());
        } else if (c instanceof Core.If i) {
            return new Core.If(rewrite(i.test()), rewrite(i.then()), rewrite(i.otherwise()), i.pos());
        } else if (c instanceof Core.Lambda l) {
            return new Core.Lambda(l.required(), l.optional(), l.rest(), rewrite(l.body()), l.name(), l.pos());
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
        throw new IllegalArgumentException("unknown core form " + c);
    }
}
