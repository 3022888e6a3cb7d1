package org.termite.runtime.prims;

import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.exec.Eval;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;

/**
 * (scheme eval), (scheme repl) and (scheme load) through the compiler: eval and load (in eval.scm) compile their
 * code with these primitives into a procedure of no arguments, then call it, so the code runs as compiled code
 * in the caller's continuation: call/cc, errors and dynamic-wind behave as anywhere else.
 */
public final class EvalPrims {
    private EvalPrims() {}

    @Primitive("%eval-compile")
    public static Object compile(Object expression, Object environment) {
        return Eval.compiler("eval").compile(expression, env("eval", environment));
    }

    @Primitive("%load-compile")
    public static Object compileFile(Object file, Object environment) {
        if (!(file instanceof MString s)) {
            throw SchemeError.wrongType("load", "string", file);
        }
        Procedure p = Eval.compiler("load").compileFile(s.toString(), env("load", environment));
        return p;
    }

    @Primitive("environment")
    public static Object environment(Object... importSets) {
        return Eval.compiler("environment").environment(List.of(importSets));
    }

    @Primitive("interaction-environment")
    public static Object interaction() {
        return Eval.compiler("interaction-environment").interaction();
    }

    /** R5RS's environments: everything R7RS-small defines, which here is what (scheme r5rs) imports. */
    @Primitive({"scheme-report-environment", "null-environment"})
    public static Object reportEnvironment(Object version) {
        if (!(version instanceof Long v) || v != 5) {
            throw SchemeError.error("scheme-report-environment: only version 5 is supported, got", version);
        }
        List<Object> sets = new ArrayList<>();
        sets.add(org.termite.runtime.value.Pair.list(org.termite.runtime.value.Symbol.of("scheme"),
                org.termite.runtime.value.Symbol.of("r5rs")));
        return Eval.compiler("scheme-report-environment").environment(sets);
    }

    @Primitive("environment?")
    public static boolean isEnvironment(Object x) {
        return x instanceof Eval.Environment;
    }

    private static Eval.Environment env(String who, Object e) {
        if (e instanceof Eval.Environment env) {
            return env;
        }
        throw SchemeError.wrongType(who, "environment", e);
    }
}
