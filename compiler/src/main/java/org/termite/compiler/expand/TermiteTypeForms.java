package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Termite's {@code (define-termite-type name id: ID field ...)}: a record type whose instances are processes
 * holding the fields, so every process that has one (on this node or another) sees the same, mutable fields.
 * It defines {@code make-NAME}, {@code NAME?}, {@code NAME-FIELD} and {@code NAME-FIELD-set!}; the value is a
 * record of the type with id ID (the same on every node) that holds the process's pid. The library's
 * {@code %termite-object-start}, {@code -ref} and {@code -set!} are the process and its protocol.
 */
final class TermiteTypeForms {
    private TermiteTypeForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "define-termite-type", TermiteTypeForms::defineTermiteType);
    }

    private static Object defineTermiteType(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(f.cdr, pos, "define-termite-type");
        if (parts.size() < 3 || !Env.isIdentifier(parts.get(0)) || !(parts.get(1) instanceof Keyword k)
                || !k.name.equals("id")) {
            throw new CompileError(pos, "bad syntax: define-termite-type needs a name and id: (define-termite-type name id: ID field ...)");
        }
        String name = Env.symbolOf(parts.get(0)).name;
        Object id = parts.get(2);
        List<Object> fields = parts.subList(3, parts.size());
        Symbol facade = Symbol.of("%termite-type-make:" + name);
        Symbol pidOf = Symbol.of("%termite-type-pid:" + name);
        List<Object> defs = new ArrayList<>();
        defs.add(keyword("begin"));
        defs.add(Pair.list(keyword("define-type"), Symbol.of(name), Keyword.of("id"), id, Keyword.of("constructor"),
                facade, Keyword.of("read-only"), Keyword.of("unprintable"), Symbol.of("pid")));
        defs.add(Pair.list(keyword("define"), pidOf, Symbol.of(name + "-pid")));
        List<Object> params = new ArrayList<>();
        for (Object field : fields) {
            if (!Env.isIdentifier(field)) {
                throw new CompileError(pos, "bad syntax: a define-termite-type field must be a name");
            }
            params.add(field);
        }
        defs.add(Pair.list(keyword("define"), new Pair(Symbol.of("make-" + name), Syntax.fromList(params)),
                Pair.list(facade, Pair.list(keyword("%termite-object-start"), Pair.list(keyword("quote"), Symbol.of(name)),
                        new Pair(keyword("vector"), Syntax.fromList(params))))));
        for (int i = 0; i < fields.size(); i++) {
            String field = Env.symbolOf(fields.get(i)).name;
            Object obj = Symbol.of("obj");
            Object value = Symbol.of("value");
            defs.add(Pair.list(keyword("define"), Pair.list(Symbol.of(name + "-" + field), obj),
                    Pair.list(keyword("%termite-object-ref"), Pair.list(pidOf, obj), (long) i)));
            defs.add(Pair.list(keyword("define"), Pair.list(Symbol.of(name + "-" + field + "-set!"), obj, value),
                    Pair.list(keyword("%termite-object-set!"), Pair.list(pidOf, obj), (long) i, value)));
        }
        return Syntax.fromList(defs);
    }
}
