package org.termite.compiler.expand;

import org.termite.runtime.value.Symbol;

/** The outermost syntactic environment: every special form and derived form, shared by all compilations. */
public final class CoreEnv {
    private static final Env CORE = build();

    private CoreEnv() {}

    static Env get() {
        return CORE;
    }

    /** An identifier that means {@code name} as the core environment defines it, whatever the user rebinds. */
    public static Object keyword(String name) {
        return new Alias(Symbol.of(name), CORE);
    }

    private static final java.util.concurrent.atomic.AtomicInteger TEMPS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A fresh identifier for a temporary that no other identifier can refer to. Its name is unique too, because a
     * temporary defined at top level becomes a global variable of that name.
     */
    public static Object temp(String name) {
        return new Alias(Symbol.of("%" + name + "." + TEMPS.incrementAndGet()), CORE);
    }

    private static Env build() {
        Env e = new Env(null);
        special(e, "quote", CoreForms::quote);
        special(e, "if", CoreForms::ifForm);
        special(e, "lambda", CoreForms::lambda);
        special(e, "set!", CoreForms::set);
        special(e, "begin", CoreForms::begin);
        special(e, "let", CoreForms::let);
        special(e, "letrec", CoreForms::letrec);
        special(e, "letrec*", CoreForms::letrec);
        special(e, "and", CoreForms::and);
        special(e, "or", CoreForms::or);
        special(e, "define", CoreForms::defineInExpression);
        special(e, "define-syntax", CoreForms::defineInExpression);
        special(e, "define-macro", CoreForms::defineInExpression);
        special(e, "let-syntax", CoreForms::letSyntax);
        special(e, "letrec-syntax", CoreForms::letSyntax);
        special(e, "syntax-rules", CoreForms::syntaxRulesAlone);
        special(e, "er-macro-transformer", CoreForms::syntaxRulesAlone);
        special(e, "quasiquote", Quasiquote::expand);
        special(e, "unquote", (f, env, x, pos) -> {
            throw new org.termite.compiler.ir.CompileError(pos, "bad syntax: unquote outside quasiquote");
        });
        special(e, "unquote-splicing", (f, env, x, pos) -> {
            throw new org.termite.compiler.ir.CompileError(pos, "bad syntax: unquote-splicing outside quasiquote");
        });
        special(e, "else", CoreEnv::auxiliary);
        special(e, "=>", CoreEnv::auxiliary);
        special(e, "...", CoreEnv::auxiliary);
        special(e, "_", CoreEnv::auxiliary);
        DerivedForms.install(e);
        return e;
    }

    private static org.termite.compiler.ir.Core auxiliary(org.termite.runtime.value.Pair form, Env env, Expander x,
            org.termite.runtime.text.SourcePos pos) {
        throw new org.termite.compiler.ir.CompileError(pos, "bad syntax: " + Env.symbolOf(form.car) + " used out of context");
    }

    static void special(Env e, String name, SpecialForm form) {
        e.bind(Symbol.of(name), new Binding.Special(name, form));
    }

    static void macro(Env e, String name, JavaMacro m) {
        e.bind(Symbol.of(name), new Binding.Macro(m.asTransformer()));
    }
}
