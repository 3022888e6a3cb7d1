package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;
import static org.termite.compiler.expand.CoreEnv.temp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Termite's process syntax: {@code spawn}, {@code spawn-link}, and {@code recv} with patterns.
 *
 * <p>A recv becomes a call of the runtime's {@code %receive} with a matcher procedure: for a message, each
 * clause's pattern is tested in turn, compiled to nested tests that bind the pattern variables; the first clause
 * whose pattern and where-guards succeed answers with its index and the variables' values, and once the message
 * is out of the mailbox that clause's body runs with the variables bound again to those values. Patterns: {@code _}; a variable (a repeated one must match an equal value); a quoted
 * datum or a literal constant; {@code ,expr}, matching a value equal to the expression's; lists, dotted lists
 * and vectors of patterns.
 */
final class ProcessForms {
    private ProcessForms() {}

    static void install(Env e) {
        JavaMacro spawn = (f, env, x, pos) -> spawn(f, false, pos);
        JavaMacro spawnLink = (f, env, x, pos) -> spawn(f, true, pos);
        e.bind(Symbol.of("spawn"), new Binding.Macro(new ValueMacro(spawn.asTransformer(), Symbol.of("%spawn-procedure"))));
        e.bind(Symbol.of("spawn-link"),
                new Binding.Macro(new ValueMacro(spawnLink.asTransformer(), Symbol.of("%spawn-link-procedure"))));
        CoreEnv.macro(e, "recv", ProcessForms::recv);
    }

    /**
     * {@code (spawn body ...)}, the presentation's form, runs the body in a new process (a body whose value is a
     * procedure is called, so {@code (spawn thunk)} works too). Termite's procedure form with keywords,
     * {@code (spawn thunk name: 'w links: (list p))}, is a call of the library's procedure.
     */
    private static Object spawn(Pair f, boolean link, SourcePos pos) {
        if (f.cdr == Nil.NIL) {
            throw new CompileError(pos, "bad syntax: " + (link ? "spawn-link" : "spawn") + " needs a thunk or a body");
        }
        if (f.cdr instanceof Pair first && first.cdr instanceof Pair second
                && second.car instanceof org.termite.runtime.value.Keyword) {
            return new Pair(keyword(link ? "%spawn-link-procedure" : "%spawn-procedure"), f.cdr);
        }
        return Pair.list(keyword("%spawn"), ControlForms.thunk(f.cdr), link ? Boolean.TRUE : Boolean.FALSE);
    }

    private static Object recv(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> clauses = new ArrayList<>(Syntax.list(f.cdr, pos, "recv"));
        Object timeout = Boolean.FALSE;
        Object afterBody = null;
        if (!clauses.isEmpty() && clauses.get(clauses.size() - 1) instanceof Pair last
                && Syntax.isSymbolNamed(last.car, "after")) {
            clauses.remove(clauses.size() - 1);
            timeout = DerivedForms.arg(last, 1, pos, "recv after");
            afterBody = DerivedForms.rest(last, 2);
        }
        Object msg = temp("msg");
        Object found = temp("found");
        List<Object> tests = new ArrayList<>();
        List<Object> branches = new ArrayList<>();
        for (Object c : clauses) {
            clause(msg, found, c, tests, branches, null, "recv", pos);
        }
        if (afterBody != null) {
            branches.add(new Pair(keyword("let"), new Pair(Nil.NIL, afterBody)));
        }
        Object matcher = Pair.list(keyword("lambda"), Pair.list(msg), new Pair(keyword("or"), Syntax.fromList(tests)));
        Object onTimeout = Pair.list(keyword("lambda"), Nil.NIL,
                Pair.list(keyword("quote"), new Object[] {(long) clauses.size()}));
        Object received = Pair.list(keyword("%receive"), matcher, timeout, onTimeout);
        if (branches.isEmpty()) {
            return received;
        }
        return Pair.list(keyword("let"), Pair.list(Pair.list(found, received)), dispatch(found, branches, 0));
    }

    /**
     * One clause {@code (pattern [(where guard) ...] body ...)} of recv or match: adds to {@code tests} the test of
     * {@code subject} that gives {@code #(index value ...)} when the pattern matches and the guards hold, else #f,
     * and to {@code branches} the body (after {@code prefix}, when not null) under the pattern's variables, read
     * back from {@code found}, the test's answer.
     */
    static void clause(Object subject, Object found, Object c, List<Object> tests, List<Object> branches,
            Object prefix, String form, SourcePos pos) {
        if (!(c instanceof Pair clause)) {
            throw new CompileError(pos, "bad syntax: a " + form + " clause must be (pattern body ...)");
        }
        Object body = clause.cdr;
        List<Object> guards = new ArrayList<>();
        while (body instanceof Pair b && b.car instanceof Pair g && Syntax.isSymbolNamed(g.car, "where")) {
            guards.add(DerivedForms.arg(g, 1, pos, "where"));
            body = b.cdr;
        }
        if (body == Nil.NIL) {
            throw new CompileError(pos, "bad syntax: a " + form + " clause needs a body");
        }
        long index = tests.size();
        List<Object> bound = new ArrayList<>();
        tests.add(match(subject, clause.car, bound, () -> {
            Object verdict = new Pair(keyword("vector"), new Pair(index, Syntax.fromList(bound)));
            return guards.isEmpty() ? verdict
                    : Pair.list(keyword("if"), new Pair(keyword("and"), Syntax.fromList(guards)), verdict, Boolean.FALSE);
        }, pos));
        List<Object> bindings = new ArrayList<>();
        for (int i = 0; i < bound.size(); i++) {
            bindings.add(Pair.list(bound.get(i), Pair.list(keyword("vector-ref"), found, (long) i + 1)));
        }
        branches.add(new Pair(keyword("let"), new Pair(Syntax.fromList(bindings),
                prefix == null ? body : new Pair(prefix, body))));
    }

    /**
     * The clause bodies run in the code around the recv, not in closures the matcher returns: a clause that ends
     * by calling its loop again is then a jump, and a receive that waits unwinds fewer JVM frames. The matcher
     * answers with a vector of the clause's index and its pattern variables' values.
     */
    static Object dispatch(Object found, List<Object> branches, int i) {
        if (i == branches.size() - 1) {
            return branches.get(i);
        }
        Object test = Pair.list(keyword("eqv?"), Pair.list(keyword("vector-ref"), found, 0L), (long) i);
        return Pair.list(keyword("if"), test, branches.get(i), dispatch(found, branches, i + 1));
    }

    /** Code that tests {@code v} against {@code pat} and evaluates {@code success} with its variables bound, else #f. */
    static Object match(Object v, Object pat, List<Object> bound, Supplier<Object> success, SourcePos pos) {
        if (Syntax.isSymbolNamed(pat, "_")) {
            return success.get();
        }
        if (Env.isIdentifier(pat)) {
            for (Object b : bound) {
                if (Env.symbolOf(b) == Env.symbolOf(pat)) {
                    return test(Pair.list(keyword("equal?"), v, b), success.get());
                }
            }
            bound.add(pat);
            return Pair.list(keyword("let"), Pair.list(Pair.list(pat, v)), success.get());
        }
        if (pat instanceof Pair p && p.cdr instanceof Pair arg && arg.cdr == Nil.NIL) {
            if (Syntax.isSymbolNamed(p.car, "quote")) {
                return test(Pair.list(keyword("equal?"), v, pat), success.get());
            }
            if (Syntax.isSymbolNamed(p.car, "unquote")) {
                return test(Pair.list(keyword("equal?"), v, arg.car), success.get());
            }
        }
        if (pat instanceof Pair p) {
            Object a = temp("car");
            Object d = temp("cdr");
            Object inner = match(a, p.car, bound, () -> match(d, p.cdr, bound, success, pos), pos);
            return test(Pair.list(keyword("pair?"), v),
                    Pair.list(keyword("let"), Pair.list(Pair.list(a, Pair.list(keyword("car"), v)), Pair.list(d, Pair.list(keyword("cdr"), v))), inner));
        }
        if (pat == Nil.NIL) {
            return test(Pair.list(keyword("null?"), v), success.get());
        }
        if (pat instanceof Object[] vec) {
            List<Object> temps = new ArrayList<>();
            List<Object> bindings = new ArrayList<>();
            for (int i = 0; i < vec.length; i++) {
                Object t = temp("elt");
                temps.add(t);
                bindings.add(Pair.list(t, Pair.list(keyword("vector-ref"), v, (long) i)));
            }
            Object inner = matchAll(temps, vec, 0, bound, success, pos);
            Object check = Pair.list(keyword("and"), Pair.list(keyword("vector?"), v),
                    Pair.list(keyword("="), Pair.list(keyword("vector-length"), v), (long) vec.length));
            return test(check, Pair.list(keyword("let"), Syntax.fromList(bindings), inner));
        }
        if (pat instanceof MString || pat instanceof Number || pat instanceof Boolean
                || pat instanceof org.termite.runtime.value.SChar || pat instanceof org.termite.runtime.value.Keyword) {
            return test(Pair.list(keyword("equal?"), v, Pair.list(keyword("quote"), pat)), success.get());
        }
        throw new CompileError(pos, "bad syntax: unsupported recv pattern "
                + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(pat)));
    }

    private static Object matchAll(List<Object> temps, Object[] pats, int i, List<Object> bound, Supplier<Object> success,
            SourcePos pos) {
        if (i == pats.length) {
            return success.get();
        }
        return match(temps.get(i), pats[i], bound, () -> matchAll(temps, pats, i + 1, bound, success, pos), pos);
    }

    private static Object test(Object condition, Object then) {
        return Pair.list(keyword("if"), condition, then, Boolean.FALSE);
    }
}
