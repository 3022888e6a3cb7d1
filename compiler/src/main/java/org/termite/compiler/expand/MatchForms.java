package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;
import static org.termite.compiler.expand.CoreEnv.temp;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.Pair;

/**
 * Termite's {@code match} and {@code match/action}: recv's patterns and where-guards (see {@link ProcessForms})
 * applied to a value instead of a message.
 *
 * <pre>
 * (match datum (pattern [(where guard) ...] body ...) ...)
 *     the first clause that matches; none: raises (bad-match: datum), as Termite does
 * (match/action on-success on-fail datum clause ...)
 *     on-success is evaluated when a clause matches, before its body; if none matches, the value is on-fail's
 * </pre>
 */
final class MatchForms {
    private MatchForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "match", (f, env, x, pos) -> {
            List<Object> parts = Syntax.list(f.cdr, pos, "match");
            if (parts.isEmpty()) {
                throw new CompileError(pos, "bad syntax: match needs a datum and clauses");
            }
            return match(parts.get(0), parts.subList(1, parts.size()), null, null, pos);
        });
        CoreEnv.macro(e, "match/action", (f, env, x, pos) -> {
            List<Object> parts = Syntax.list(f.cdr, pos, "match/action");
            if (parts.size() < 3) {
                throw new CompileError(pos, "bad syntax: match/action needs on-success, on-fail, a datum and clauses");
            }
            return match(parts.get(2), parts.subList(3, parts.size()), parts.get(0), parts.get(1), pos);
        });
    }

    private static Object match(Object datum, List<Object> clauses, Object onSuccess, Object onFail, SourcePos pos) {
        Object v = temp("datum");
        Object found = temp("found");
        List<Object> tests = new ArrayList<>();
        List<Object> branches = new ArrayList<>();
        for (Object c : clauses) {
            ProcessForms.clause(v, found, c, tests, branches, onSuccess, "match", pos);
        }
        Object failure = onFail != null ? onFail
                : Pair.list(keyword("raise"), Pair.list(keyword("list"), Keyword.of("bad-match"), v));
        Object dispatch = branches.isEmpty() ? failure
                : Pair.list(keyword("if"), found, ProcessForms.dispatch(found, branches, 0), failure);
        return Pair.list(keyword("let*"),
                Pair.list(Pair.list(v, datum), Pair.list(found, new Pair(keyword("or"), Syntax.fromList(tests)))),
                dispatch);
    }
}
