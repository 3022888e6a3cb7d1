package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.ir.Core;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * quasiquote, with nesting: an unquote belongs to the innermost quasiquote only when its depth reaches zero.
 * Parts with no unquote inside stay constants; the rest become calls of cons, append and list->vector.
 */
final class Quasiquote {
    private Quasiquote() {}

    static Core expand(Pair form, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(form, pos, "quasiquote");
        if (parts.size() != 2) {
            throw new CompileError(pos, "bad syntax: quasiquote takes exactly one template");
        }
        return template(parts.get(1), 1, env, x, pos);
    }

    private static Core template(Object t, int depth, Env env, Expander x, SourcePos pos) {
        if (!hasUnquote(t, depth)) {
            return new Core.Const(Syntax.strip(t), pos);
        }
        if (t instanceof Pair p) {
            if (isTagged(p, "unquote", env)) {
                Object arg = single(p, pos);
                if (depth == 1) {
                    return x.expand(arg, env, pos);
                }
                return list(pos, new Core.Const(Symbol.of("unquote"), pos), template(arg, depth - 1, env, x, pos));
            }
            if (isTagged(p, "quasiquote", env)) {
                Object arg = single(p, pos);
                return list(pos, new Core.Const(Symbol.of("quasiquote"), pos), template(arg, depth + 1, env, x, pos));
            }
            if (p.car instanceof Pair inner && isTagged(inner, "unquote-splicing", env)) {
                Object arg = single(inner, pos);
                Core rest = template(p.cdr, depth, env, x, pos);
                if (depth == 1) {
                    return call("append", pos, x.expand(arg, env, pos), rest);
                }
                Core spliced = list(pos, new Core.Const(Symbol.of("unquote-splicing"), pos), template(arg, depth - 1, env, x, pos));
                return call("cons", pos, spliced, rest);
            }
            return call("cons", pos, template(p.car, depth, env, x, pos), template(p.cdr, depth, env, x, pos));
        }
        if (t instanceof Object[] v) {
            return call("list->vector", pos, template(Syntax.fromList(List.of(v)), depth, env, x, pos));
        }
        return new Core.Const(Syntax.strip(t), pos);
    }

    private static boolean hasUnquote(Object t, int depth) {
        Object l = t;
        while (l instanceof Pair p) {
            if (Syntax.isSymbolNamed(p.car, "unquote") || Syntax.isSymbolNamed(p.car, "unquote-splicing")) {
                return true;
            }
            if (Syntax.isSymbolNamed(p.car, "quasiquote")) {
                return hasUnquote(p.cdr, depth + 1);
            }
            if (hasUnquote(p.car, depth)) {
                return true;
            }
            l = p.cdr;
        }
        if (l instanceof Object[] v) {
            for (Object e : v) {
                if (hasUnquote(e, depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTagged(Pair p, String name, Env env) {
        return Syntax.isSymbolNamed(p.car, name) && p.cdr instanceof Pair;
    }

    private static Object single(Pair p, SourcePos pos) {
        if (!(p.cdr instanceof Pair a) || a.cdr != Nil.NIL) {
            throw new CompileError(pos, "bad syntax: " + Env.symbolOf(p.car) + " takes exactly one expression");
        }
        return a.car;
    }

    private static Core list(SourcePos pos, Core... items) {
        Core result = new Core.Const(Nil.NIL, pos);
        for (int i = items.length - 1; i >= 0; i--) {
            result = call("cons", pos, items[i], result);
        }
        return result;
    }

    private static Core call(String fn, SourcePos pos, Core... args) {
        List<Core> a = new ArrayList<>(List.of(args));
        return new Core.Call(new Core.GlobalRef(Symbol.of(fn), pos), a, pos);
    }
}
