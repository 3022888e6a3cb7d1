package org.termite.compiler.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.FreshVars;
import org.termite.compiler.ir.Var;

/**
 * cps-convert: Core (after assignment conversion) -> Anf.
 *
 * <p>Makes every continuation point explicit, in the administrative-normal-form flavour of CPS: each non-tail
 * call's continuation is the body of a {@link Anf.LetCall}, and operands are evaluated into variables first so
 * they are calls-free. The conversion is the usual one with a meta-continuation {@code k} that builds the
 * rest of the code from the operand's simple value; a non-tail {@code if} gets its value through a join
 * variable so that {@code k} is never duplicated. Resume points are numbered later, by closure conversion,
 * once free variables are known.
 */
public final class CpsConvert {
    private final FreshVars fresh;

    private CpsConvert(FreshVars fresh) {
        this.fresh = fresh;
    }

    /** Converts a program, given as its top-level procedure; temporaries come from the compilation's supply. */
    public static Anf.Lambda run(Core.Lambda toplevel, FreshVars fresh) {
        return new CpsConvert(fresh).lambda(toplevel);
    }

    private Var temp(String name) {
        return fresh.fresh(name);
    }

    private Anf.Lambda lambda(Core.Lambda l) {
        return new Anf.Lambda(l.required(), l.optional(), l.rest(), tail(l.body()), l.name(), l.pos(), null, 0);
    }

    /** {@code c} in tail position: calls become tail calls, values are returned. */
    private Anf tail(Core c) {
        if (c instanceof Core.Call call) {
            return operands(call.fn(), call.args(), (fn, args) -> new Anf.TailCall(fn, args, false, call.pos()));
        }
        if (c instanceof Core.Apply a) {
            return operands(a.fn(), a.args(), (fn, args) -> new Anf.TailCall(fn, args, true, a.pos()));
        }
        if (c instanceof Core.If i) {
            return value(i.test(), t -> new Anf.If(t, tail(i.then()), tail(i.otherwise()), i.pos()));
        }
        if (c instanceof Core.Seq s) {
            return sequence(s.exprs(), this::tail);
        }
        if (c instanceof Core.Let l) {
            return let(l, 0, () -> tail(l.body()));
        }
        if (c instanceof Core.Letrec l) {
            return new Anf.Letrec(l.vars(), lambdas(l.lambdas()), tail(l.body()));
        }
        return value(c, s -> s);
    }

    private List<Anf.Lambda> lambdas(List<Core.Lambda> ls) {
        List<Anf.Lambda> out = new ArrayList<>();
        for (Core.Lambda l : ls) {
            out.add(lambda(l));
        }
        return out;
    }

    private Anf sequence(List<Core> exprs, Function<Core, Anf> last) {
        if (exprs.isEmpty()) {
            return new Anf.Const(org.termite.runtime.value.Unspecified.VALUE);
        }
        if (exprs.size() == 1) {
            return last.apply(exprs.get(0));
        }
        Core first = exprs.get(0);
        List<Core> rest = exprs.subList(1, exprs.size());
        return effect(first, () -> sequence(rest, last));
    }

    /** Evaluates {@code c} for its effects only, then the rest. */
    private Anf effect(Core c, java.util.function.Supplier<Anf> rest) {
        if (c instanceof Core.Call call) {
            return operands(call.fn(), call.args(),
                    (fn, args) -> new Anf.LetCall(null, fn, args, false, rest.get(), -1, null, call.pos()));
        }
        if (c instanceof Core.Apply a) {
            return operands(a.fn(), a.args(),
                    (fn, args) -> new Anf.LetCall(null, fn, args, true, rest.get(), -1, null, a.pos()));
        }
        if (c instanceof Core.Const || c instanceof Core.LocalRef || c instanceof Core.Lambda) {
            return rest.get();
        }
        if (c instanceof Core.Seq s) {
            return sequence(s.exprs(), last -> effect(last, rest));
        }
        if (c instanceof Core.If i) {
            return value(i.test(), t -> new Anf.Let(null,
                    new Anf.If(t, valueExpr(i.then()), valueExpr(i.otherwise()), i.pos()), rest.get()));
        }
        return value(c, s -> new Anf.Let(null, s, rest.get()));
    }

    /** Evaluates {@code c} into an Anf whose tail positions are its value (a non-tail context). */
    private Anf valueExpr(Core c) {
        return value(c, s -> s);
    }

    /** Evaluates {@code c} and gives its value, as a calls-free operand, to {@code k}. */
    private Anf value(Core c, Function<Anf.Simple, Anf> k) {
        if (c instanceof Core.Const x) {
            return k.apply(new Anf.Const(x.value()));
        }
        if (c instanceof Core.LocalRef r) {
            return k.apply(new Anf.Local(r.var()));
        }
        if (c instanceof Core.GlobalRef g) {
            return k.apply(new Anf.Global(g.name(), g.pos()));
        }
        if (c instanceof Core.BoxRef b) {
            return k.apply(new Anf.BoxRef(b.box()));
        }
        if (c instanceof Core.Lambda l) {
            return k.apply(new Anf.Closure(lambda(l)));
        }
        if (c instanceof Core.PrimCall p) {
            return values(p.args(), args -> k.apply(new Anf.Prim(p.op(), args, p.pos())));
        }
        if (c instanceof Core.GlobalDef d) {
            return value(d.value(), v -> k.apply(new Anf.DefGlobal(d.name(), v, d.pos())));
        }
        if (c instanceof Core.GlobalSet s) {
            return value(s.value(), v -> k.apply(new Anf.SetGlobal(s.name(), v, s.pos())));
        }
        if (c instanceof Core.MakeBox b) {
            return value(b.value(), v -> k.apply(new Anf.MakeBox(v)));
        }
        if (c instanceof Core.BoxSet b) {
            return value(b.value(), v -> k.apply(new Anf.BoxSet(b.box(), v)));
        }
        if (c instanceof Core.Call call) {
            Var t = temp("v");
            return operands(call.fn(), call.args(),
                    (fn, args) -> new Anf.LetCall(t, fn, args, false, k.apply(new Anf.Local(t)), -1, null, call.pos()));
        }
        if (c instanceof Core.Apply a) {
            Var t = temp("v");
            return operands(a.fn(), a.args(),
                    (fn, args) -> new Anf.LetCall(t, fn, args, true, k.apply(new Anf.Local(t)), -1, null, a.pos()));
        }
        if (c instanceof Core.If i) {
            Var join = temp("if");
            return value(i.test(), t -> new Anf.Let(join,
                    new Anf.If(t, valueExpr(i.then()), valueExpr(i.otherwise()), i.pos()), k.apply(new Anf.Local(join))));
        }
        if (c instanceof Core.Seq s) {
            return sequence(s.exprs(), last -> value(last, k));
        }
        if (c instanceof Core.Let l) {
            return let(l, 0, () -> value(l.body(), k));
        }
        if (c instanceof Core.Letrec l) {
            return new Anf.Letrec(l.vars(), lambdas(l.lambdas()), value(l.body(), k));
        }
        throw new IllegalArgumentException("cps-convert: unexpected " + c);
    }

    /** Binds the variables of a let one after another, then the rest. */
    private Anf let(Core.Let l, int i, java.util.function.Supplier<Anf> rest) {
        if (i == l.vars().size()) {
            return rest.get();
        }
        Var v = l.vars().get(i);
        Core init = l.inits().get(i);
        if (init instanceof Core.Call call) {
            return operands(call.fn(), call.args(),
                    (fn, args) -> new Anf.LetCall(v, fn, args, false, let(l, i + 1, rest), -1, null, call.pos()));
        }
        if (init instanceof Core.If || init instanceof Core.Seq || init instanceof Core.Let || init instanceof Core.Letrec) {
            return new Anf.Let(v, valueExpr(init), let(l, i + 1, rest));
        }
        return value(init, s -> new Anf.Let(v, s, let(l, i + 1, rest)));
    }

    private interface CallBuilder {
        Anf build(Anf.Simple fn, List<Anf.Simple> args);
    }

    private Anf operands(Core fn, List<Core> args, CallBuilder build) {
        return value(fn, f -> values(args, as -> build.build(f, as)));
    }

    private Anf values(List<Core> cs, Function<List<Anf.Simple>, Anf> k) {
        return values(cs, 0, new ArrayList<>(), k);
    }

    private Anf values(List<Core> cs, int i, List<Anf.Simple> acc, Function<List<Anf.Simple>, Anf> k) {
        if (i == cs.size()) {
            return k.apply(List.copyOf(acc));
        }
        return value(cs.get(i), s -> {
            List<Anf.Simple> next = new ArrayList<>(acc);
            next.add(s);
            return values(cs, i + 1, next, k);
        });
    }

}
