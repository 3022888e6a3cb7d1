package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Gambit's {@code define-type} (and {@code define-structure}): a record type with a constructor
 * {@code make-NAME}, a predicate {@code NAME?}, accessors {@code NAME-FIELD} and mutators {@code NAME-FIELD-set!}.
 *
 * <pre>
 * (define-type name [id: ID] [extender: NAME] [constructor: C] [predicate: P] [prefix: S]
 *                   [read-only:] [opaque:] [unprintable:] [copier: C]  field ...)
 * field: name | (name [init: value] [read-only:] [unprintable:] [equality-test:] ...)
 * </pre>
 *
 * A type with {@code id:} is identified by that id alone, so a record of it made on one node is of the same type
 * on another, whatever the definition's position (the talk's encoder relies on this); without it, as for
 * define-record-type, by name and definition site. A field with {@code init:} is not a constructor argument.
 * {@code extender: define-NAME} defines the macro {@code (define-NAME sub field ...)}: a subtype with the parent's
 * fields first, whose instances also satisfy the parent's predicate and accessors.
 */
final class GambitTypeForms {
    private GambitTypeForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "define-type", (f, env, x, pos) -> defineType(f, env, pos, List.of(), null));
        CoreEnv.macro(e, "define-structure", (f, env, x, pos) -> defineType(f, env, pos, List.of(), null));
    }

    private record Field(Object name, Object init, boolean readOnly) {}

    /** {@code inherited}: the parent's fields, and {@code parent} the global holding its type, for a subtype. */
    private static Object defineType(Pair f, Env env, SourcePos pos, List<Field> inherited, Symbol parent) {
        List<Object> parts = Syntax.list(f, pos, "define-type");
        if (parts.size() < 2 || !Env.isIdentifier(parts.get(1))) {
            throw new CompileError(pos, "bad syntax: define-type needs a type name");
        }
        Object typeName = parts.get(1);
        String name = Env.symbolOf(typeName).name;
        Object id = null;
        String prefix = "";
        Object constructor = null;
        Object predicate = null;
        boolean allReadOnly = false;
        Object extender = null;
        List<Field> fields = new ArrayList<>(inherited);
        for (int i = 2; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (part instanceof Keyword k) {
                switch (k.name) {
                    case "read-only" -> allReadOnly = true;
                    case "opaque", "unprintable", "macros" -> { }
                    case "id", "extender", "prefix", "constructor", "predicate", "copier", "implementer", "type-exhibitor" -> {
                        if (i + 1 >= parts.size()) {
                            throw new CompileError(pos, "bad syntax: define-type option " + k + " needs a value");
                        }
                        Object v = parts.get(++i);
                        switch (k.name) {
                            case "id" -> id = Syntax.strip(v);
                            case "extender" -> extender = v;
                            case "prefix" -> prefix = Env.isIdentifier(v) ? Env.symbolOf(v).name : String.valueOf(Syntax.strip(v));
                            case "constructor" -> constructor = v;
                            case "predicate" -> predicate = v;
                            default -> { }
                        }
                    }
                    default -> throw new CompileError(pos, "bad syntax: define-type: unknown option " + k);
                }
            } else {
                fields.add(field(part, allReadOnly, pos));
            }
        }
        String uid = id != null ? "define-type:" + org.termite.runtime.text.Printer.toDisplayString(id)
                : name + "@" + where(pos);
        // Names made from the type's name, not numbered temporaries: a closure that refers to them names the same
        // globals in every compilation of the program, on every node.
        Object type = Symbol.of("%define-type:" + name);
        List<Object> names = new ArrayList<>();
        for (Field fl : fields) {
            names.add(Env.symbolOf(fl.name));
        }
        List<Object> defs = new ArrayList<>();
        defs.add(keyword("begin"));
        defs.add(define(type, Pair.list(keyword("%make-record-type"), quote(Symbol.of(name)),
                quote(Syntax.fromList(names)), MString.of(uid))));
        if (parent != null) {
            defs.add(Pair.list(keyword("%record-type-parent-set!"), type, parent));
        }
        if (extender != null) {
            if (!Env.isIdentifier(extender)) {
                throw new CompileError(pos, "bad syntax: define-type: extender: needs a name");
            }
            // The subtype macro exists once this form has been expanded, as a define-syntax would make it.
            List<Field> mine = List.copyOf(fields);
            Symbol parentType = (Symbol) type;
            JavaMacro sub = (sf, senv, sx, spos) -> defineType(sf, senv, spos, mine, parentType);
            env.global().bind(Env.symbolOf(extender), new Binding.Macro(sub.asTransformer()));
        }
        // the constructor takes the fields without init:, in order
        Object all = Symbol.of("%define-type-make:" + name);
        defs.add(define(all, Pair.list(keyword("%record-constructor"), type, quote(Syntax.fromList(names)))));
        List<Object> params = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (Field fl : fields) {
            if (fl.init == null) {
                Object p = CoreEnv.temp(Env.symbolOf(fl.name).name);
                params.add(p);
                args.add(p);
            } else {
                args.add(fl.init);
            }
        }
        Object ctorName = constructor == null ? id(prefix + "make-" + name, typeName) : constructor;
        if (constructor != Boolean.FALSE) {
            defs.add(define(ctorName, Pair.list(keyword("lambda"), Syntax.fromList(params), new Pair(all, Syntax.fromList(args)))));
        }
        Object predName = predicate == null ? id(prefix + name + "?", typeName) : predicate;
        if (predicate != Boolean.FALSE) {
            defs.add(define(predName, Pair.list(keyword("%record-predicate"), type)));
        }
        for (Field fl : fields) {
            String field = Env.symbolOf(fl.name).name;
            defs.add(define(id(prefix + name + "-" + field, typeName),
                    Pair.list(keyword("%record-accessor"), type, quote(Symbol.of(field)))));
            if (!fl.readOnly) {
                defs.add(define(id(prefix + name + "-" + field + "-set!", typeName),
                        Pair.list(keyword("%record-modifier"), type, quote(Symbol.of(field)))));
            }
        }
        return Syntax.fromList(defs);
    }

    private static Field field(Object spec, boolean allReadOnly, SourcePos pos) {
        if (Env.isIdentifier(spec)) {
            return new Field(spec, null, allReadOnly);
        }
        if (spec instanceof Pair p && Env.isIdentifier(p.car)) {
            Object init = null;
            boolean readOnly = allReadOnly;
            List<Object> opts = Syntax.list(p.cdr, pos, "define-type field");
            for (int i = 0; i < opts.size(); i++) {
                if (!(opts.get(i) instanceof Keyword k)) {
                    throw new CompileError(pos, "bad syntax: define-type field options are keywords, got "
                            + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(opts.get(i))));
                }
                switch (k.name) {
                    case "init" -> {
                        if (i + 1 >= opts.size()) {
                            throw new CompileError(pos, "bad syntax: init: needs a value");
                        }
                        init = opts.get(++i);
                    }
                    case "read-only" -> readOnly = true;
                    case "equality-test", "equality-skip", "unprintable", "printable", "read-write" -> { }
                    default -> throw new CompileError(pos, "bad syntax: define-type: unknown field option " + k);
                }
            }
            return new Field(p.car, init, readOnly);
        }
        throw new CompileError(pos, "bad syntax: a define-type field must be a name or (name option ...)");
    }

    /** A name made from a string: Gambit's define-type is not hygienic, its names are plain symbols. */
    private static Object id(String s, Object context) {
        return Symbol.of(s);
    }

    private static String where(SourcePos pos) {
        if (pos == null) {
            return "";
        }
        String file = pos.file();
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) + ":" + pos.line() + ":"
                + pos.column();
    }

    private static Object define(Object name, Object value) {
        return Pair.list(keyword("define"), name, value);
    }

    private static Object quote(Object datum) {
        return Pair.list(keyword("quote"), datum);
    }
}
