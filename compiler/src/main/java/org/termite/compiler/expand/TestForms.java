package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * The syntax of SRFI 64: {@code test-assert}, {@code test-equal}, {@code test-eqv}, {@code test-eq},
 * {@code test-approximate}, {@code test-error} and {@code test-group}. Each becomes a call of a procedure of the
 * library ({@code scheme-lib/.../srfi64.scm}) with the tested expressions wrapped in thunks, so the runner can
 * catch what they raise, and with the place of the test ({@code "file:line"}) for its report. The optional test
 * name is told apart by the number of operands, as SRFI 64 specifies.
 */
final class TestForms {
    private TestForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "test-assert", (f, env, x, pos) -> compare(f, pos, "test-assert", 1, null));
        CoreEnv.macro(e, "test-equal", (f, env, x, pos) -> compare(f, pos, "test-equal", 2, "equal?"));
        CoreEnv.macro(e, "test-eqv", (f, env, x, pos) -> compare(f, pos, "test-eqv", 2, "eqv?"));
        CoreEnv.macro(e, "test-eq", (f, env, x, pos) -> compare(f, pos, "test-eq", 2, "eq?"));
        CoreEnv.macro(e, "test-approximate", TestForms::approximate);
        CoreEnv.macro(e, "test-error", TestForms::error);
        CoreEnv.macro(e, "test-group", TestForms::group);
    }

    private static Object thunk(Object body) {
        return Pair.list(keyword("lambda"), Nil.NIL, body);
    }

    private static MString where(SourcePos pos) {
        if (pos == null) {
            return MString.of("");
        }
        String file = pos.file() == null ? "" : java.nio.file.Path.of(pos.file()).getFileName().toString();
        return MString.of(file + ":" + pos.line());
    }

    private static List<Object> operands(Pair f, SourcePos pos, String who, int min, int max) {
        List<Object> args = Syntax.list(f.cdr, pos, who);
        if (args.size() < min || args.size() > max) {
            throw new CompileError(pos, "bad syntax: " + who + " takes " + min + (max > min ? " or " + max : "")
                    + " operands, got " + args.size());
        }
        return args;
    }

    /** (test-equal [name] expected expr) and its kin; test-assert has no expected value. */
    private static Object compare(Pair f, SourcePos pos, String who, int n, String predicate) {
        List<Object> a = operands(f, pos, who, n, n + 1);
        Object name = a.size() > n ? a.get(0) : Boolean.FALSE;
        List<Object> rest = a.subList(a.size() - n, a.size());
        if (predicate == null) {
            return Pair.list(Symbol.of("%test-assert"), name, thunk(rest.get(0)), where(pos));
        }
        return Pair.list(Symbol.of("%test-compare"), name, Pair.list(keyword("quote"), Symbol.of(who)),
                Symbol.of(predicate), thunk(rest.get(0)), thunk(rest.get(1)), where(pos));
    }

    /** (test-approximate [name] expected expr error) */
    private static Object approximate(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> a = operands(f, pos, "test-approximate", 3, 4);
        Object name = a.size() > 3 ? a.get(0) : Boolean.FALSE;
        int i = a.size() - 3;
        return Pair.list(Symbol.of("%test-approximate"), name, thunk(a.get(i)), thunk(a.get(i + 1)), a.get(i + 2),
                where(pos));
    }

    /** (test-error [[name] error-type] expr) */
    private static Object error(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> a = operands(f, pos, "test-error", 1, 3);
        Object name = a.size() == 3 ? a.get(0) : Boolean.FALSE;
        Object type = a.size() >= 2 ? a.get(a.size() - 2) : Boolean.TRUE;
        return Pair.list(Symbol.of("%test-error"), name, type, thunk(a.get(a.size() - 1)), where(pos));
    }

    /** (test-group name body ...) */
    private static Object group(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> a = Syntax.list(f.cdr, pos, "test-group");
        if (a.isEmpty()) {
            throw new CompileError(pos, "bad syntax: test-group needs a name");
        }
        List<Object> body = new ArrayList<>();
        body.add(keyword("lambda"));
        body.add(Nil.NIL);
        body.addAll(a.subList(1, a.size()));
        if (a.size() == 1) {
            body.add(Boolean.FALSE);
        }
        return Pair.list(Symbol.of("%test-group"), a.get(0), Syntax.fromList(body));
    }
}
