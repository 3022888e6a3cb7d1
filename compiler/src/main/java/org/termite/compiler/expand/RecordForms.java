package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;

/**
 * define-record-type, as definitions of the type, constructor, predicate, accessors and modifiers, each made by
 * a runtime procedure from the record type. The constructor spec may be {@code (make-point x y)}, a bare name
 * (taking every field), or #f.
 */
final class RecordForms {
    private RecordForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "define-record-type", RecordForms::defineRecordType);
    }

    private static Object defineRecordType(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> parts = Syntax.list(f, pos, "define-record-type");
        // (define-record-type name constructor predicate field ...)
        if (parts.size() < 4) {
            throw new CompileError(pos, "bad syntax: define-record-type needs a type name, a constructor and a predicate");
        }
        Object typeName = parts.get(1);
        if (typeName instanceof Pair p) {
            typeName = p.car;
        }
        if (!Env.isIdentifier(typeName)) {
            throw new CompileError(pos, "bad syntax: define-record-type needs a type name");
        }
        List<Object> fieldSpecs = parts.subList(4, parts.size());
        List<Object> fieldNames = new ArrayList<>();
        for (Object spec : fieldSpecs) {
            Object name = spec instanceof Pair p ? p.car : spec;
            if (!Env.isIdentifier(name)) {
                throw new CompileError(pos, "bad syntax: a record field must be (name accessor [modifier])");
            }
            fieldNames.add(Env.symbolOf(name));
        }
        List<Object> defs = new ArrayList<>();
        defs.add(keyword("begin"));
        defs.add(define(typeName, Pair.list(keyword("%make-record-type"), quote(Env.symbolOf(typeName)),
                quote(Syntax.fromList(fieldNames)), org.termite.runtime.value.MString.of(stableId(typeName, pos)))));
        Object ctor = parts.get(2);
        if (ctor instanceof Pair c) {
            List<Object> args = new ArrayList<>();
            for (Object a : Syntax.list(c.cdr, pos, "record constructor")) {
                if (!fieldNames.contains(Env.symbolOf(a))) {
                    throw new CompileError(pos, "bad syntax: constructor argument " + Env.symbolOf(a) + " is not a field");
                }
                args.add(Env.symbolOf(a));
            }
            defs.add(define(c.car, Pair.list(keyword("%record-constructor"), typeName, quote(Syntax.fromList(args)))));
        } else if (Env.isIdentifier(ctor)) {
            defs.add(define(ctor, Pair.list(keyword("%record-constructor"), typeName, quote(Syntax.fromList(fieldNames)))));
        }
        Object predicate = parts.get(3);
        if (Env.isIdentifier(predicate)) {
            defs.add(define(predicate, Pair.list(keyword("%record-predicate"), typeName)));
        }
        for (Object spec : fieldSpecs) {
            if (!(spec instanceof Pair p)) {
                continue;
            }
            List<Object> s = Syntax.list(p, pos, "record field");
            Object field = quote(Env.symbolOf(s.get(0)));
            if (s.size() > 1) {
                defs.add(define(s.get(1), Pair.list(keyword("%record-accessor"), typeName, field)));
            }
            if (s.size() > 2) {
                defs.add(define(s.get(2), Pair.list(keyword("%record-modifier"), typeName, field)));
            }
        }
        return Syntax.fromList(defs);
    }

    /**
     * The record type's identity across nodes and runs: its name and where it is defined (file name without the
     * folder, line, column), so that a record decoded from bytes belongs to this program's type of that name.
     */
    private static String stableId(Object typeName, SourcePos pos) {
        String where = "";
        if (pos != null) {
            String file = pos.file();
            where = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) + ":" + pos.line() + ":" + pos.column();
        }
        return Env.symbolOf(typeName).name + "@" + where;
    }

    private static Object define(Object name, Object value) {
        return Pair.list(keyword("define"), name, value);
    }

    private static Object quote(Object datum) {
        return Pair.list(keyword("quote"), datum);
    }
}
