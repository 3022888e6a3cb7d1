package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.PrimOps;
import org.termite.compiler.ir.Var;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

/** The special forms that produce core forms directly: quote, if, lambda, set!, begin, let, letrec, and, or. */
final class CoreForms {
    private CoreForms() {}

    static Core quote(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form, pos, "quote");
        if (parts.size() != 2) {
            throw new CompileError(pos, "bad syntax: quote takes exactly one datum");
        }
        return new Core.Const(Syntax.strip(parts.get(1)), pos);
    }

    static Core ifForm(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form, pos, "if");
        if (parts.size() != 3 && parts.size() != 4) {
            throw new CompileError(pos, "bad syntax: if takes a test, a consequent and an optional alternative");
        }
        Core otherwise = parts.size() == 4 ? x.expand(parts.get(3), env, pos) : new Core.Const(Unspecified.VALUE, pos);
        return new Core.If(x.expand(parts.get(1), env, pos), x.expand(parts.get(2), env, pos), otherwise, pos);
    }

    static Core lambda(Pair form, Env env, Expander x, SourcePos pos) {
        return lambda(form, env, x, pos, "lambda");
    }

    static Core.Lambda lambda(Pair form, Env env, Expander x, SourcePos pos, String name) {
        if (!(form.cdr instanceof Pair rest) || rest.cdr == Nil.NIL) {
            throw new CompileError(pos, "bad syntax: lambda needs parameters and a body");
        }
        return lambda(rest.car, rest.cdr, env, x, pos, name);
    }

    /** The core lambda for a parameter list and body, with Gambit's optional and keyword parameters lowered. */
    static Core.Lambda lambda(Object formals, Object body, Env env, Expander x, SourcePos pos, String name) {
        LambdaList ll = LambdaList.parse(formals, pos);
        Env inner = env.extend();
        List<Var> required = new ArrayList<>();
        for (Object id : ll.required()) {
            required.add(bindVar(id, inner, x));
        }
        List<Var> optional = new ArrayList<>();
        List<Object[]> defaults = new ArrayList<>();
        for (LambdaList.Param p : ll.optional()) {
            Var v = bindVar(p.id(), inner, x);
            optional.add(v);
            if (p.defaultForm() != null) {
                defaults.add(new Object[] {p, v});
            }
        }
        Var rest = null;
        if (ll.rest() != null) {
            rest = bindVar(ll.rest(), inner, x);
        } else if (!ll.keys().isEmpty()) {
            rest = x.newVar(Symbol.of("keys"));
        }
        // Defaults see the parameters before them; each rebinds its name to the defaulted value.
        List<Var> wrapVars = new ArrayList<>();
        List<Core> wrapInits = new ArrayList<>();
        Env scope = inner;
        for (Object[] d : defaults) {
            LambdaList.Param p = (LambdaList.Param) d[0];
            Var raw = (Var) d[1];
            Core dflt = x.expand(p.defaultForm(), scope, pos);
            scope = scope.extend();
            Var v = bindVar(p.id(), scope, x);
            wrapVars.add(v);
            wrapInits.add(defaulted(new Core.LocalRef(raw, pos), dflt, pos));
        }
        for (LambdaList.Param p : ll.keys()) {
            Core lookup = new Core.PrimCall(PrimOps.get("%key-ref", 2),
                    List.of(new Core.LocalRef(rest, pos), new Core.Const(org.termite.runtime.value.Keyword.of(Env.symbolOf(p.id()).name), pos)), pos);
            Core dflt = p.defaultForm() == null ? new Core.Const(Boolean.FALSE, pos) : x.expand(p.defaultForm(), scope, pos);
            scope = scope.extend();
            Var v = bindVar(p.id(), scope, x);
            wrapVars.add(v);
            wrapInits.add(defaulted(lookup, dflt, pos));
        }
        Core bodyCore = x.expandBody(body, scope, pos);
        for (int i = wrapVars.size() - 1; i >= 0; i--) {
            bodyCore = new Core.Let(List.of(wrapVars.get(i)), List.of(wrapInits.get(i)), bodyCore, pos);
        }
        return new Core.Lambda(required, optional, rest, bodyCore, name, pos);
    }

    private static Core defaulted(Core value, Core dflt, SourcePos pos) {
        Core isDefault = new Core.PrimCall(PrimOps.get("eq?", 2), List.of(value, new Core.Const(DefaultObject.VALUE, pos)), pos);
        return new Core.If(isDefault, dflt, value, pos);
    }

    static Var bindVar(Object id, Env env, Expander x) {
        Var v = x.newVar(id);
        env.bind(id, new Binding.Local(v));
        return v;
    }

    static Core set(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form, pos, "set!");
        if (parts.size() != 3 || !Env.isIdentifier(parts.get(1))) {
            throw new CompileError(pos, "bad syntax: set! takes a variable and a value");
        }
        Object id = parts.get(1);
        Core value = x.expandNamed(parts.get(2), env, pos, Env.symbolOf(id).name);
        Binding b = env.resolve(id);
        if (b == null) {
            return new Core.GlobalSet(Env.symbolOf(id), value, pos);
        }
        if (b instanceof Binding.Local l) {
            return new Core.LocalSet(l.var(), value, pos);
        }
        throw new CompileError(pos, "bad syntax: cannot set! the keyword " + Env.symbolOf(id));
    }

    static Core begin(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form.cdr, pos, "begin");
        if (parts.isEmpty()) {
            return new Core.Const(Unspecified.VALUE, pos);
        }
        List<Core> seq = new ArrayList<>();
        for (Object p : parts) {
            seq.add(x.expand(p, env, pos));
        }
        return seq.size() == 1 ? seq.get(0) : new Core.Seq(seq, pos);
    }

    /** {@code (let ((v init) ...) body ...)} and named let. */
    static Core let(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form, pos, "let");
        if (parts.size() < 3) {
            throw new CompileError(pos, "bad syntax: let needs bindings and a body");
        }
        if (Env.isIdentifier(parts.get(1))) {
            return namedLet(parts, form, env, x, pos);
        }
        List<Object[]> bindings = bindings(parts.get(1), pos, "let");
        List<Core> inits = new ArrayList<>();
        for (Object[] b : bindings) {
            inits.add(x.expandNamed(b[1], env, pos, Env.symbolOf(b[0]).name));
        }
        Env inner = env.extend();
        List<Var> vars = new ArrayList<>();
        checkDistinct(bindings, pos);
        for (Object[] b : bindings) {
            vars.add(bindVar(b[0], inner, x));
        }
        Object body = ((Pair) ((Pair) form.cdr).cdr);
        return new Core.Let(vars, inits, Body.expand(body, inner.extend(), x, pos), pos);
    }

    private static Core namedLet(List<Object> parts, Pair form, Env env, Expander x, SourcePos pos) {
        Object name = parts.get(1);
        if (parts.size() < 4) {
            throw new CompileError(pos, "bad syntax: named let needs bindings and a body");
        }
        List<Object[]> bindings = bindings(parts.get(2), pos, "let");
        checkDistinct(bindings, pos);
        List<Core> inits = new ArrayList<>();
        List<Object> formals = new ArrayList<>();
        for (Object[] b : bindings) {
            inits.add(x.expand(b[1], env, pos));
            formals.add(b[0]);
        }
        Env loopEnv = env.extend();
        Var loop = bindVar(name, loopEnv, x);
        Object body = ((Pair) ((Pair) ((Pair) form.cdr).cdr).cdr);
        Core.Lambda lambda = lambda(Syntax.fromList(formals), body, loopEnv, x, pos, loop.name());
        Core fn = new Core.Letrec(List.of(loop), List.of(lambda), new Core.LocalRef(loop, pos), pos);
        return new Core.Call(fn, inits, pos);
    }

    /** letrec and letrec*: procedures bound together, or, for other values, assignments in order. */
    static Core letrec(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form, pos, "letrec");
        if (parts.size() < 3) {
            throw new CompileError(pos, "bad syntax: letrec needs bindings and a body");
        }
        List<Object[]> bindings = bindings(parts.get(1), pos, "letrec");
        checkDistinct(bindings, pos);
        List<Object> defines = new ArrayList<>();
        for (Object[] b : bindings) {
            defines.add(Syntax.list(CoreEnv.keyword("define"), b[0], b[1]));
        }
        Object body = ((Pair) ((Pair) form.cdr).cdr);
        Object letBody = Syntax.fromList(defines, Syntax.list(new Pair(CoreEnv.keyword("let"), new Pair(Nil.NIL, body))));
        return Body.expand(letBody, env.extend(), x, pos);
    }

    static Core and(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form.cdr, pos, "and");
        if (parts.isEmpty()) {
            return new Core.Const(Boolean.TRUE, pos);
        }
        Core result = x.expand(parts.get(parts.size() - 1), env, pos);
        for (int i = parts.size() - 2; i >= 0; i--) {
            result = new Core.If(x.expand(parts.get(i), env, pos), result, new Core.Const(Boolean.FALSE, pos), pos);
        }
        return result;
    }

    static Core or(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form.cdr, pos, "or");
        if (parts.isEmpty()) {
            return new Core.Const(Boolean.FALSE, pos);
        }
        Core result = x.expand(parts.get(parts.size() - 1), env, pos);
        for (int i = parts.size() - 2; i >= 0; i--) {
            Var t = x.newVar(Symbol.of("or"));
            Core test = x.expand(parts.get(i), env, pos);
            Core ref = new Core.LocalRef(t, pos);
            result = new Core.Let(List.of(t), List.of(test), new Core.If(ref, ref, result, pos), pos);
        }
        return result;
    }

    static Core defineInExpression(Pair form, Env env, Expander x, SourcePos pos) {
        throw new CompileError(pos, "bad syntax: " + Env.symbolOf(form.car)
                + " is only allowed at the top level or at the start of a body");
    }

    /** define-syntax and define-macro, at top level ({@code global}) or in a body. */
    static void defineMacro(Pair form, Env env, Expander x, SourcePos pos, boolean global) {
        String kind = Env.symbolOf(form.car).name;
        List<Object> parts = Syntax.list(form, pos, kind);
        Object id;
        Transformer t;
        if (kind.equals("define-macro")) {
            Object expr;
            if (parts.size() >= 3 && parts.get(1) instanceof Pair sig) {
                id = sig.car;
                expr = new Pair(CoreEnv.keyword("lambda"), new Pair(sig.cdr, ((Pair) ((Pair) form.cdr).cdr)));
            } else if (parts.size() == 3) {
                id = parts.get(1);
                expr = parts.get(2);
            } else {
                throw new CompileError(pos, "bad syntax: define-macro needs (name . parameters) and a body");
            }
            Procedure p = x.evaluator().evaluate(expr, x.globalEnv(), pos);
            t = new ProcedureMacro(p, Env.symbolOf(id).name, pos);
        } else {
            if (parts.size() != 3) {
                throw new CompileError(pos, "bad syntax: define-syntax takes a name and a transformer");
            }
            id = parts.get(1);
            t = transformer(parts.get(2), env, x, pos);
        }
        if (!Env.isIdentifier(id)) {
            throw new CompileError(pos, "bad syntax: " + kind + " needs an identifier");
        }
        (global ? env.global() : env).bind(global ? Env.symbolOf(id) : id, new Binding.Macro(t));
    }

    static Transformer transformer(Object spec, Env env, Expander x, SourcePos pos) {
        SourcePos p = x.posOf(spec, pos);
        if (spec instanceof Pair s && Env.isIdentifier(s.car) && env.resolve(s.car) instanceof Binding.Special sp) {
            if (sp.name().equals("syntax-rules")) {
                return new SyntaxRules(spec, env, p);
            }
            if (sp.name().equals("er-macro-transformer") || sp.name().equals("lambda")) {
                throw new CompileError(p, "unsupported macro transformer: use syntax-rules or define-macro");
            }
        }
        if (Env.isIdentifier(spec) && env.resolve(spec) instanceof Binding.Macro m) {
            return m.transformer();
        }
        throw new CompileError(p, "bad syntax: a macro transformer must be (syntax-rules ...)");
    }

    static Core letSyntax(Pair form, Env env, Expander x, SourcePos pos) {
        boolean rec = Env.symbolOf(form.car).name.equals("letrec-syntax");
        List<Object> parts = Syntax.list(form, pos, "let-syntax");
        if (parts.size() < 3) {
            throw new CompileError(pos, "bad syntax: let-syntax needs bindings and a body");
        }
        Env inner = env.extend();
        for (Object[] b : bindings(parts.get(1), pos, "let-syntax")) {
            inner.bind(b[0], new Binding.Macro(transformer(b[1], rec ? inner : env, x, pos)));
        }
        return x.expandBody(((Pair) ((Pair) form.cdr).cdr), inner, pos);
    }

    static Core syntaxRulesAlone(Pair form, Env env, Expander x, SourcePos pos) {
        throw new CompileError(pos, "bad syntax: syntax-rules is only allowed as a macro transformer");
    }

    /** The (identifier value) pairs of a binding list. */
    static List<Object[]> bindings(Object list, SourcePos pos, String what) {
        List<Object[]> out = new ArrayList<>();
        for (Object b : Syntax.list(list, pos, what + " bindings")) {
            List<Object> pair = b instanceof Pair ? Syntax.list(b, pos, what + " binding") : List.of();
            if (pair.size() < 1 || pair.size() > 2 || !Env.isIdentifier(pair.get(0))) {
                throw new CompileError(pos, "bad syntax: a " + what + " binding must be (name value), got "
                        + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(b)));
            }
            out.add(new Object[] {pair.get(0), pair.size() == 2 ? pair.get(1) : Unspecified.VALUE});
        }
        return out;
    }

    private static void checkDistinct(List<Object[]> bindings, SourcePos pos) {
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Object[] b : bindings) {
            if (!seen.add(b[0])) {
                throw new CompileError(pos, "duplicate binding: " + Env.symbolOf(b[0]));
            }
        }
    }
}
