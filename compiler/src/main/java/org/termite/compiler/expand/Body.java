package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.Var;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;

/**
 * Expansion of a body with internal definitions, as letrec*.
 *
 * <p>The forms are scanned in order; macro uses at their heads are expanded to see whether they are
 * definitions, {@code begin}s to splice, or macro definitions (bound at once, so later forms use them). Each
 * defined name is bound before any value is expanded, so definitions may refer to each other.
 *
 * <p>When every definition is a lambda and they all come first, the result is a {@link Core.Letrec} (no
 * assignments: the common case, compiled to closures that refer to each other). Otherwise each variable starts
 * unassigned and is set in order, which assignment conversion turns into boxes.
 */
final class Body {
    private sealed interface Item {}

    private record Def(Var var, Object value, SourcePos pos) implements Item {}

    private record Expr(Object form, SourcePos pos) implements Item {}

    private Body() {}

    static Core expand(Object body, Env env, Expander x, SourcePos pos) {
        List<Item> items = new ArrayList<>();
        for (Object form : Syntax.list(body, pos, "body")) {
            scan(form, env, x, x.posOf(form, pos), items);
        }
        if (items.isEmpty()) {
            throw new org.termite.compiler.ir.CompileError(pos, "bad syntax: empty body");
        }
        List<Var> vars = new ArrayList<>();
        boolean definitionsFirst = true;
        boolean allLambdas = true;
        boolean seenExpr = false;
        for (Item item : items) {
            if (item instanceof Def d) {
                vars.add(d.var());
                definitionsFirst &= !seenExpr;
                allLambdas &= isLambda(d.value(), env);
            } else {
                seenExpr = true;
            }
        }
        if (vars.isEmpty()) {
            return sequence(items, env, x, pos);
        }
        if (definitionsFirst && allLambdas) {
            List<Core.Lambda> lambdas = new ArrayList<>();
            List<Item> rest = new ArrayList<>();
            for (Item item : items) {
                if (item instanceof Def d) {
                    lambdas.add((Core.Lambda) x.expandNamed(d.value(), env, d.pos(), d.var().name()));
                } else {
                    rest.add(item);
                }
            }
            return new Core.Letrec(vars, lambdas, sequence(rest, env, x, pos), pos);
        }
        List<Core> inits = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            inits.add(new Core.Const(Expander.unassigned(), pos));
        }
        List<Core> seq = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Def d) {
                seq.add(new Core.LocalSet(d.var(), x.expandNamed(d.value(), env, d.pos(), d.var().name()), d.pos()));
            } else {
                Expr e = (Expr) item;
                seq.add(x.expand(e.form(), env, e.pos()));
            }
        }
        if (items.get(items.size() - 1) instanceof Def) {
            seq.add(new Core.Const(org.termite.runtime.value.Unspecified.VALUE, pos));
        }
        return new Core.Let(vars, inits, new Core.Seq(seq, pos), pos);
    }

    private static Core sequence(List<Item> items, Env env, Expander x, SourcePos pos) {
        List<Core> seq = new ArrayList<>();
        for (Item item : items) {
            Expr e = (Expr) item;
            seq.add(x.expand(e.form(), env, e.pos()));
        }
        if (seq.isEmpty()) {
            return new Core.Const(org.termite.runtime.value.Unspecified.VALUE, pos);
        }
        return seq.size() == 1 ? seq.get(0) : new Core.Seq(seq, pos);
    }

    private static void scan(Object form, Env env, Expander x, SourcePos pos, List<Item> items) {
        Object f = form;
        while (f instanceof Pair p && Env.isIdentifier(p.car)) {
            Binding b = env.resolve(p.car);
            if (b instanceof Binding.Macro m) {
                f = m.transformer().transform(f, env, x);
                continue;
            }
            if (b instanceof Binding.Special s) {
                switch (s.name()) {
                    case "begin" -> {
                        for (Object sub : Syntax.list(p.cdr, pos, "begin")) {
                            scan(sub, env, x, x.posOf(sub, pos), items);
                        }
                        return;
                    }
                    case "define" -> {
                        Definition d = Definition.parse(p, pos);
                        Var v = x.newVar(d.id());
                        env.bind(d.id(), new Binding.Local(v));
                        items.add(new Def(v, d.value(), pos));
                        return;
                    }
                    case "define-syntax", "define-macro" -> {
                        CoreForms.defineMacro(p, env, x, pos, false);
                        return;
                    }
                    default -> { }
                }
            }
            break;
        }
        items.add(new Expr(f, pos));
    }

    private static boolean isLambda(Object form, Env env) {
        return form instanceof Pair p && Env.isIdentifier(p.car) && env.resolve(p.car) instanceof Binding.Special s
                && s.name().equals("lambda");
    }

}
