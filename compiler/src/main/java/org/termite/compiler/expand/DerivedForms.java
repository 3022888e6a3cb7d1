package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;
import static org.termite.compiler.expand.CoreEnv.temp;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Unspecified;

/** The derived expression forms of R7RS, written as rewrites (see {@link JavaMacro}). */
final class DerivedForms {
    private DerivedForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "let*", DerivedForms::letStar);
        CoreEnv.macro(e, "when", (f, env, x, pos) -> Pair.list(keyword("if"), arg(f, 1, pos, "when"),
                new Pair(keyword("begin"), rest(f, 2))));
        CoreEnv.macro(e, "unless", (f, env, x, pos) -> Pair.list(keyword("if"), arg(f, 1, pos, "unless"),
                Unspecified.VALUE, new Pair(keyword("begin"), rest(f, 2))));
        CoreEnv.macro(e, "cond", DerivedForms::cond);
        CoreEnv.macro(e, "case", DerivedForms::caseForm);
        CoreEnv.macro(e, "do", DerivedForms::doLoop);
        CoreEnv.macro(e, "assert", (f, env, x, pos) -> Pair.list(keyword("if"), arg(f, 1, pos, "assert"), Unspecified.VALUE,
                Pair.list(keyword("error"), org.termite.runtime.value.MString.of("assertion failed:"),
                        Pair.list(keyword("quote"), arg(f, 1, pos, "assert")))));
        CoreEnv.macro(e, "receive", (f, env, x, pos) -> Pair.list(keyword("call-with-values"),
                Pair.list(keyword("lambda"), Nil.NIL, arg(f, 2, pos, "receive")),
                new Pair(keyword("lambda"), new Pair(arg(f, 1, pos, "receive"), rest(f, 3)))));
        RecordForms.install(e);
        GambitTypeForms.install(e);
        ControlForms.install(e);
        ModuleForms.install(e);
        ProcessForms.install(e);
        TestForms.install(e);
        MatchForms.install(e);
        TermiteTypeForms.install(e);
    }

    static Object arg(Pair form, int i, SourcePos pos, String what) {
        Object l = form;
        for (int k = 0; k < i; k++) {
            if (!(l instanceof Pair p)) {
                throw new CompileError(pos, "bad syntax in " + what + ": missing parts");
            }
            l = p.cdr;
        }
        if (!(l instanceof Pair p)) {
            throw new CompileError(pos, "bad syntax in " + what + ": missing parts");
        }
        return p.car;
    }

    static Object rest(Pair form, int i) {
        Object l = form;
        for (int k = 0; k < i && l instanceof Pair p; k++) {
            l = p.cdr;
        }
        return l;
    }

    private static Object letStar(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> bindings = Syntax.list(arg(f, 1, pos, "let*"), pos, "let* bindings");
        Object body = rest(f, 2);
        if (bindings.size() <= 1) {
            return new Pair(keyword("let"), new Pair(Syntax.fromList(bindings), body));
        }
        Object inner = new Pair(keyword("let*"), new Pair(Syntax.fromList(bindings.subList(1, bindings.size())), body));
        return Pair.list(keyword("let"), Pair.list(bindings.get(0)), inner);
    }

    private static Object cond(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> clauses = Syntax.list(f.cdr, pos, "cond");
        Object result = Unspecified.VALUE;
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (!(clauses.get(i) instanceof Pair clause)) {
                throw new CompileError(pos, "bad syntax: a cond clause must be a list");
            }
            if (Syntax.isKeyword(clause.car, "else", env)) {
                if (i != clauses.size() - 1) {
                    throw new CompileError(pos, "bad syntax: else must be the last cond clause");
                }
                result = new Pair(keyword("begin"), clause.cdr);
            } else if (clause.cdr == Nil.NIL) {
                result = Pair.list(keyword("or"), clause.car, result);
            } else if (clause.cdr instanceof Pair body && Syntax.isKeyword(body.car, "=>", env)) {
                Object t = temp("t");
                Object receiver = arg(clause, 2, pos, "cond =>");
                result = Pair.list(keyword("let"), Pair.list(Pair.list(t, clause.car)),
                        Pair.list(keyword("if"), t, Pair.list(receiver, t), result));
            } else {
                result = Pair.list(keyword("if"), clause.car, new Pair(keyword("begin"), clause.cdr), result);
            }
        }
        return result;
    }

    private static Object caseForm(Pair f, Env env, Expander x, SourcePos pos) {
        Object key = temp("key");
        List<Object> clauses = Syntax.list(rest(f, 2), pos, "case");
        Object result = Unspecified.VALUE;
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (!(clauses.get(i) instanceof Pair clause)) {
                throw new CompileError(pos, "bad syntax: a case clause must be a list");
            }
            Object body = clause.cdr instanceof Pair b && Syntax.isKeyword(b.car, "=>", env)
                    ? Pair.list(arg(clause, 2, pos, "case =>"), key)
                    : new Pair(keyword("begin"), clause.cdr);
            if (Syntax.isKeyword(clause.car, "else", env)) {
                result = body;
                continue;
            }
            List<Object> tests = new ArrayList<>();
            for (Object datum : Syntax.list(clause.car, pos, "case datums")) {
                tests.add(Pair.list(keyword("eqv?"), key, Pair.list(keyword("quote"), datum)));
            }
            result = Pair.list(keyword("if"), new Pair(keyword("or"), Syntax.fromList(tests)), body, result);
        }
        return Pair.list(keyword("let"), Pair.list(Pair.list(key, arg(f, 1, pos, "case"))), result);
    }

    private static Object doLoop(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> specs = Syntax.list(arg(f, 1, pos, "do"), pos, "do bindings");
        List<Object> exit = Syntax.list(arg(f, 2, pos, "do"), pos, "do exit clause");
        if (exit.isEmpty()) {
            throw new CompileError(pos, "bad syntax: do needs an exit test");
        }
        Object loop = temp("do-loop");
        List<Object> bindings = new ArrayList<>();
        List<Object> steps = new ArrayList<>();
        for (Object spec : specs) {
            List<Object> s = Syntax.list(spec, pos, "do binding");
            if (s.size() < 2 || s.size() > 3) {
                throw new CompileError(pos, "bad syntax: a do binding must be (variable init [step])");
            }
            bindings.add(Pair.list(s.get(0), s.get(1)));
            steps.add(s.size() == 3 ? s.get(2) : s.get(0));
        }
        Object done = exit.size() == 1 ? Unspecified.VALUE : new Pair(keyword("begin"), Syntax.fromList(exit.subList(1, exit.size())));
        Object again = Syntax.fromList(List.of(new Pair(loop, Syntax.fromList(steps))));
        Object body = new Pair(keyword("begin"), Syntax.fromList(Syntax.list(rest(f, 3), pos, "do body"), again));
        return Pair.list(keyword("let"), loop, Syntax.fromList(bindings), Pair.list(keyword("if"), exit.get(0), done, body));
    }
}
