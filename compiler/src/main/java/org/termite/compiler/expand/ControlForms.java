package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;
import static org.termite.compiler.expand.CoreEnv.temp;
import static org.termite.compiler.expand.DerivedForms.arg;
import static org.termite.compiler.expand.DerivedForms.rest;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/**
 * Forms whose meaning lives in library procedures taking thunks: delay, delay-force, parameterize, guard,
 * case-lambda, and the multiple-value binding forms.
 */
final class ControlForms {
    private ControlForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "delay", (f, env, x, pos) -> Pair.list(keyword("%make-lazy-promise"),
                thunk(Pair.list(Pair.list(keyword("make-promise"), arg(f, 1, pos, "delay"))))));
        CoreEnv.macro(e, "delay-force", (f, env, x, pos) -> Pair.list(keyword("%make-lazy-promise"), thunk(rest(f, 1))));
        CoreEnv.macro(e, "make-promise-lazy", (f, env, x, pos) -> Pair.list(keyword("%make-lazy-promise"), thunk(rest(f, 1))));
        CoreEnv.macro(e, "parameterize", ControlForms::parameterize);
        CoreEnv.macro(e, "guard", ControlForms::guard);
        CoreEnv.macro(e, "case-lambda", ControlForms::caseLambda);
        CoreEnv.macro(e, "let-values", ControlForms::letValues);
        CoreEnv.macro(e, "let*-values", ControlForms::letStarValues);
        CoreEnv.macro(e, "define-values", ControlForms::defineValues);
    }

    static Object thunk(Object body) {
        return new Pair(keyword("lambda"), new Pair(Nil.NIL, body));
    }

    private static Object parameterize(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> params = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Object[] b : CoreForms.bindings(arg(f, 1, pos, "parameterize"), pos, "parameterize")) {
            params.add(b[0]);
            values.add(b[1]);
        }
        return Pair.list(keyword("%parameterize"), new Pair(keyword("list"), Syntax.fromList(params)),
                new Pair(keyword("list"), Syntax.fromList(values)), thunk(rest(f, 2)));
    }

    /** {@code (guard (var clause ...) body ...)}: the clauses see the condition; none matching re-raises it. */
    private static Object guard(Pair f, Env env, Expander x, SourcePos pos) {
        Object spec = arg(f, 1, pos, "guard");
        if (!(spec instanceof Pair s) || !Env.isIdentifier(s.car)) {
            throw new CompileError(pos, "bad syntax: guard needs (variable clause ...)");
        }
        List<Object> clauses = new ArrayList<>(Syntax.list(s.cdr, pos, "guard clauses"));
        Object reraise = temp("reraise");
        boolean hasElse = !clauses.isEmpty() && clauses.get(clauses.size() - 1) instanceof Pair last
                && Syntax.isKeyword(last.car, "else", env);
        if (!hasElse) {
            clauses.add(Pair.list(keyword("else"), Pair.list(reraise)));
        }
        Object handler = Pair.list(keyword("lambda"), Pair.list(s.car, reraise),
                new Pair(keyword("cond"), Syntax.fromList(clauses)));
        return Pair.list(keyword("%guard"), thunk(rest(f, 2)), handler);
    }

    private static Object caseLambda(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> arities = new ArrayList<>();
        List<Object> lambdas = new ArrayList<>();
        for (Object clause : Syntax.list(f.cdr, pos, "case-lambda")) {
            if (!(clause instanceof Pair c)) {
                throw new CompileError(pos, "bad syntax: a case-lambda clause must be (formals body ...)");
            }
            long required = 0;
            Object l = c.car;
            for (; l instanceof Pair p; l = p.cdr) {
                required++;
            }
            arities.add(new Pair(required, l == Nil.NIL ? Boolean.FALSE : Boolean.TRUE));
            lambdas.add(new Pair(keyword("lambda"), c));
        }
        return new Pair(keyword("%make-case-lambda"),
                new Pair(Pair.list(keyword("quote"), Syntax.fromList(arities)), Syntax.fromList(lambdas)));
    }

    /** let-values: every init is evaluated outside all the new bindings, so bind temporaries first. */
    private static Object letValues(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> specs = Syntax.list(arg(f, 1, pos, "let-values"), pos, "let-values bindings");
        List<Object> finalBindings = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (Object spec : specs) {
            List<Object> s = Syntax.list(spec, pos, "let-values binding");
            if (s.size() != 2) {
                throw new CompileError(pos, "bad syntax: a let-values binding must be (formals expression)");
            }
            List<Object> temps = new ArrayList<>();
            Object l = s.get(0);
            for (; l instanceof Pair p; l = p.cdr) {
                Object t = temp(Env.symbolOf(p.car).name);
                temps.add(t);
                finalBindings.add(Pair.list(p.car, t));
            }
            Object tailTemp = Nil.NIL;
            if (l != Nil.NIL) {
                tailTemp = temp(Env.symbolOf(l).name);
                finalBindings.add(Pair.list(l, tailTemp));
            }
            steps.add(new Object[] {Syntax.fromList(temps, tailTemp), s.get(1)});
        }
        Object body = new Pair(keyword("let"), new Pair(Syntax.fromList(finalBindings), rest(f, 2)));
        for (int i = steps.size() - 1; i >= 0; i--) {
            body = withValues(steps.get(i)[0], steps.get(i)[1], Pair.list(body));
        }
        return body;
    }

    private static Object letStarValues(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> specs = Syntax.list(arg(f, 1, pos, "let*-values"), pos, "let*-values bindings");
        Object body = new Pair(keyword("let"), new Pair(Nil.NIL, rest(f, 2)));
        for (int i = specs.size() - 1; i >= 0; i--) {
            List<Object> s = Syntax.list(specs.get(i), pos, "let*-values binding");
            if (s.size() != 2) {
                throw new CompileError(pos, "bad syntax: a let*-values binding must be (formals expression)");
            }
            body = withValues(s.get(0), s.get(1), Pair.list(body));
        }
        return body;
    }

    private static Object withValues(Object formals, Object expr, Object body) {
        return Pair.list(keyword("call-with-values"), thunk(Pair.list(expr)),
                new Pair(keyword("lambda"), new Pair(formals, body)));
    }

    /** define-values as plain definitions: one of the list of values, then one per variable. */
    private static Object defineValues(Pair f, Env env, Expander x, SourcePos pos) {
        Object formals = arg(f, 1, pos, "define-values");
        Object all = temp("values");
        List<Object> defs = new ArrayList<>();
        defs.add(keyword("begin"));
        defs.add(Pair.list(keyword("define"), all,
                Pair.list(keyword("call-with-values"), thunk(Pair.list(arg(f, 2, pos, "define-values"))), keyword("list"))));
        long i = 0;
        Object l = formals;
        for (; l instanceof Pair p; l = p.cdr) {
            defs.add(Pair.list(keyword("define"), p.car, Pair.list(keyword("list-ref"), all, i++)));
        }
        if (l != Nil.NIL) {
            defs.add(Pair.list(keyword("define"), l, Pair.list(keyword("list-tail"), all, i)));
        }
        return Syntax.fromList(defs);
    }
}
