package org.termite.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds an Anf tree bottom-up; a pass overrides {@link #rewrite} for the forms it changes and calls
 * {@link #rebuildParts} for the rest, and {@link #rewriteLambda} for what it does to nested procedures. Never
 * mutates its input: records are immutable, and lists are copied.
 */
public abstract class AnfRewriter {
    public Anf rewrite(Anf a) {
        return rebuildParts(a);
    }

    /** A nested procedure; the default rewrites its body and keeps the rest. */
    public Anf.Lambda rewriteLambda(Anf.Lambda l) {
        return new Anf.Lambda(l.required(), l.optional(), l.rest(), rewrite(l.body()), l.name(), l.pos(), l.free(),
                l.resumePoints());
    }

    public final Anf.Simple simple(Anf.Simple s) {
        Anf out = rewrite(s);
        if (!(out instanceof Anf.Simple simple)) {
            throw new IllegalStateException("a rewrite made an operand that is not simple: " + out);
        }
        return simple;
    }

    public final List<Anf.Simple> simples(List<Anf.Simple> xs) {
        List<Anf.Simple> out = new ArrayList<>(xs.size());
        for (Anf.Simple x : xs) {
            out.add(simple(x));
        }
        return List.copyOf(out);
    }

    /** {@code a} with its parts rewritten. */
    public final Anf rebuildParts(Anf a) {
        if (a instanceof Anf.Const || a instanceof Anf.Local || a instanceof Anf.Global || a instanceof Anf.BoxRef) {
            return a;
        } else if (a instanceof Anf.Prim p) {
            return new Anf.Prim(p.op(), simples(p.args()), p.pos());
        } else if (a instanceof Anf.Closure c) {
            return new Anf.Closure(rewriteLambda(c.lambda()));
        } else if (a instanceof Anf.DefGlobal d) {
            return new Anf.DefGlobal(d.name(), simple(d.value()), d.pos());
        } else if (a instanceof Anf.SetGlobal s) {
            return new Anf.SetGlobal(s.name(), simple(s.value()), s.pos());
        } else if (a instanceof Anf.MakeBox m) {
            return new Anf.MakeBox(simple(m.value()));
        } else if (a instanceof Anf.BoxSet b) {
            return new Anf.BoxSet(b.box(), simple(b.value()));
        } else if (a instanceof Anf.If i) {
            return new Anf.If(simple(i.test()), rewrite(i.then()), rewrite(i.otherwise()), i.pos());
        } else if (a instanceof Anf.Let l) {
            return new Anf.Let(l.var(), rewrite(l.init()), rewrite(l.body()));
        } else if (a instanceof Anf.LetCall c) {
            return new Anf.LetCall(c.var(), simple(c.fn()), simples(c.args()), c.spread(), rewrite(c.body()), c.point(),
                    c.live(), c.pos());
        } else if (a instanceof Anf.TailCall c) {
            return new Anf.TailCall(simple(c.fn()), simples(c.args()), c.spread(), c.pos());
        } else if (a instanceof Anf.Letrec l) {
            List<Anf.Lambda> lambdas = new ArrayList<>(l.lambdas().size());
            for (Anf.Lambda lam : l.lambdas()) {
                lambdas.add(rewriteLambda(lam));
            }
            return new Anf.Letrec(l.vars(), List.copyOf(lambdas), rewrite(l.body()));
        }
        throw new IllegalArgumentException("unknown anf form " + a);
    }
}
