package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.FreshVars;
import org.termite.compiler.ir.Var;
import org.termite.runtime.exec.Global;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Expands source forms into the core language. Identifiers are resolved here (local, global, keyword), so the
 * output has no names left to look up. Macro uses are rewritten and expanded again in the use environment.
 *
 * <p>Bodies (of lambda, let, ...) are scanned first for internal definitions, expanding macro uses at their
 * heads to find them, and become a letrec* (see {@link Body}).
 */
public final class Expander {
    private final Env global;
    private final SourcePositions positions;
    private final String file;
    private final MacroEvaluator evaluator;
    private final java.nio.file.Path directory;
    private final FreshVars fresh;

    public Expander(Env global, SourcePositions positions, String file, java.nio.file.Path directory,
            MacroEvaluator evaluator, FreshVars fresh) {
        this.fresh = fresh;
        this.global = global;
        this.positions = positions;
        this.file = file;
        this.directory = directory;
        this.evaluator = evaluator;
    }

    /** A fresh global environment over the core special forms and derived forms. */
    public static Env newGlobalEnv() {
        return CoreEnv.get().extend();
    }

    public Env globalEnv() {
        return global;
    }

    public String file() {
        return file;
    }

    public java.nio.file.Path directory() {
        return directory;
    }

    public MacroEvaluator evaluator() {
        return evaluator;
    }

    public SourcePositions positions() {
        return positions;
    }

    /** Expands the top-level forms of a program, in order: a macro is usable by the forms after its definition. */
    public Core expandProgram(List<Object> forms, SourcePos pos) {
        List<Core> out = new ArrayList<>();
        for (Object form : forms) {
            expandToplevel(form, out, posOf(form, pos));
        }
        return new Core.Seq(out, pos);
    }

    private void expandToplevel(Object form, List<Core> out, SourcePos pos) {
        Object f = form;
        while (true) {
            if (f instanceof Pair p && Env.isIdentifier(p.car)) {
                Binding b = global.resolve(p.car);
                if (b instanceof Binding.Macro m) {
                    f = m.transformer().transform(f, global, this);
                    continue;
                }
                if (b instanceof Binding.Special s) {
                    switch (s.name()) {
                        case "begin" -> {
                            for (Object sub : Syntax.list(p.cdr, pos, "begin")) {
                                expandToplevel(sub, out, posOf(sub, pos));
                            }
                            return;
                        }
                        case "define" -> {
                            Definition d = Definition.parse(p, pos);
                            Symbol name = Env.symbolOf(d.id());
                            global.bind(name, new Binding.GlobalVar());
                            out.add(new Core.GlobalDef(name, expandNamed(d.value(), global, pos, name.name), pos));
                            return;
                        }
                        case "define-syntax", "define-macro" -> {
                            CoreForms.defineMacro(p, global, this, pos, true);
                            return;
                        }
                        default -> { }
                    }
                }
            }
            out.add(expand(f, global, pos));
            return;
        }
    }

    /** Expands an expression. */
    public Core expand(Object form, Env env, SourcePos outer) {
        SourcePos pos = posOf(form, outer);
        if (Env.isIdentifier(form)) {
            return reference(Namespaces.resolve(form, pos), env, pos);
        }
        if (form instanceof Pair p) {
            Object head = Namespaces.resolve(p.car, pos);
            if (head != p.car) {
                p = new Pair(head, p.cdr);
            }
            if (Env.isIdentifier(head)) {
                Binding b = env.resolve(head);
                if (b instanceof Binding.Special s) {
                    return s.form().expand(p, env, this, pos);
                }
                if (b instanceof Binding.Macro m) {
                    return expand(m.transformer().transform(p, env, this), env, pos);
                }
                if (b == null) {
                    Core java = JavaSyntax.call(p, env, this, pos);
                    if (java != null) {
                        return java;
                    }
                }
            }
            Core fn = expand(head, env, pos);
            List<Core> args = new ArrayList<>();
            Object l = p.cdr;
            for (; l instanceof Pair a; l = a.cdr) {
                args.add(expand(a.car, env, pos));
            }
            if (l != Nil.NIL) {
                throw new CompileError(pos, "bad syntax: a call must be a proper list");
            }
            return new Core.Call(fn, args, pos);
        }
        if (form == Nil.NIL) {
            throw new CompileError(pos, "bad syntax: () is not an expression (write '() for the empty list)");
        }
        return new Core.Const(Syntax.strip(form), pos);
    }

    /** Expands an expression whose value will be bound to {@code name}, so a lambda gets that name. */
    public Core expandNamed(Object form, Env env, SourcePos pos, String name) {
        if (form instanceof Pair p && Env.isIdentifier(p.car) && env.resolve(p.car) instanceof Binding.Special s
                && s.name().equals("lambda")) {
            return CoreForms.lambda(p, env, this, posOf(form, pos), name);
        }
        return expand(form, env, pos);
    }

    private Core reference(Object id, Env env, SourcePos pos) {
        Binding b = env.resolve(id);
        if (b == null) {
            Core java = JavaSyntax.reference(id, env, pos);
            return java != null ? java : new Core.GlobalRef(Env.symbolOf(id), pos);
        }
        if (b instanceof Binding.Local l) {
            return new Core.LocalRef(l.var(), pos);
        }
        if (b instanceof Binding.Macro m && m.transformer() instanceof ValueMacro v) {
            // a macro that is also a procedure (spawn), used as a value
            return new Core.GlobalRef(v.procedure(), pos);
        }
        throw new CompileError(pos, "bad syntax: " + Env.symbolOf(id) + " is a keyword, not a variable");
    }

    /** Expands a body: internal definitions followed by expressions. */
    public Core expandBody(Object body, Env env, SourcePos pos) {
        return Body.expand(body, env.extend(), this, pos);
    }

    public Var newVar(Object identifier) {
        return fresh.fresh(Env.symbolOf(identifier).name);
    }

    public SourcePos posOf(Object form, SourcePos fallback) {
        if (positions != null && (form instanceof Pair || form instanceof Object[])) {
            SourcePos p = positions.get(form);
            if (p != null) {
                return p;
            }
        }
        return fallback;
    }

    /** The marker bound to variables of a letrec* that are read before their definition has run. */
    public static Object unassigned() {
        return Global.UNBOUND;
    }
}
