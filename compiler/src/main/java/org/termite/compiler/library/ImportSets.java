package org.termite.compiler.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.Syntax;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * The names an import set brings in: {@code (only SET id ...)}, {@code (except SET id ...)},
 * {@code (prefix SET prefix)}, {@code (rename SET (from to) ...)} over a library name, nested to any depth.
 * The result maps each local name to what it denotes.
 */
final class ImportSets {
    /** What an import set denotes: its names, and the library underneath (to initialize before the importer). */
    record Resolved(Map<Symbol, Export> names, Library library) {}

    private static final java.util.Set<String> OPERATORS = java.util.Set.of("only", "except", "prefix", "rename");

    private ImportSets() {}

    static Resolved resolve(Object set, Function<LibraryName, Library> libraries, SourcePos pos) {
        if (set instanceof Pair p && Env.isIdentifier(p.car) && OPERATORS.contains(Env.symbolOf(p.car).name)) {
            String op = Env.symbolOf(p.car).name;
            List<Object> args = Syntax.list(p.cdr, pos, op);
            if (args.isEmpty()) {
                throw new CompileError(pos, "bad syntax: (" + op + " import-set ...) needs an import set");
            }
            Resolved inner = resolve(args.get(0), libraries, pos);
            List<Object> rest = args.subList(1, args.size());
            Map<Symbol, Export> out = new LinkedHashMap<>();
            switch (op) {
                case "only" -> {
                    for (Object id : rest) {
                        Symbol s = identifier(id, pos, op);
                        out.put(s, lookup(inner, s, pos));
                    }
                }
                case "except" -> {
                    if (inner.library().open() && inner.names().isEmpty()) {
                        throw new CompileError(pos, "import: except needs a library with an export list; "
                                + inner.library().name() + " exports everything");
                    }
                    out.putAll(inner.names());
                    for (Object id : rest) {
                        Symbol s = identifier(id, pos, op);
                        if (out.remove(s) == null) {
                            throw new CompileError(pos,
                                    "import: " + s + " is not exported by " + inner.library().name());
                        }
                    }
                }
                case "prefix" -> {
                    if (rest.size() != 1) {
                        throw new CompileError(pos, "bad syntax: (prefix import-set prefix)");
                    }
                    if (inner.library().open() && inner.names().isEmpty()) {
                        throw new CompileError(pos, "import: prefix needs a library with an export list; "
                                + inner.library().name() + " exports everything");
                    }
                    // Written foo: the prefix reads as a keyword, as Gambit reads a trailing colon.
                    String prefix = rest.get(0) instanceof org.termite.runtime.value.Keyword k ? k.name + ":"
                            : identifier(rest.get(0), pos, op).name;
                    inner.names().forEach((s, e) -> out.put(Symbol.of(prefix + s.name), e));
                }
                case "rename" -> {
                    Map<Symbol, Export> renamed = new LinkedHashMap<>(inner.names());
                    Map<Symbol, Export> added = new LinkedHashMap<>();
                    for (Object r : rest) {
                        List<Object> pair = Syntax.list(r, pos, "rename");
                        if (pair.size() != 2) {
                            throw new CompileError(pos, "bad syntax: a rename is (from to)");
                        }
                        Symbol from = identifier(pair.get(0), pos, op);
                        Symbol to = identifier(pair.get(1), pos, op);
                        Export e = lookup(inner, from, pos);
                        renamed.remove(from);
                        added.put(to, e);
                    }
                    out.putAll(renamed);
                    out.putAll(added);
                }
                default -> throw new IllegalStateException(op);
            }
            return new Resolved(out, inner.library());
        }
        return named(set, libraries, pos);
    }

    private static Resolved named(Object set, Function<LibraryName, Library> libraries, SourcePos pos) {
        Library lib = libraries.apply(LibraryName.parse(set, pos));
        return new Resolved(lib.exports(), lib);
    }

    private static Export lookup(Resolved r, Symbol s, SourcePos pos) {
        Export e = r.names().get(s);
        if (e == null && r.library().open()) {
            return StandardLibraries.exportOf(org.termite.compiler.expand.Expander.newGlobalEnv(), s);
        }
        if (e == null) {
            throw new CompileError(pos, "import: " + s + " is not exported by " + r.library().name());
        }
        return e;
    }

    private static Symbol identifier(Object id, SourcePos pos, String op) {
        if (!Env.isIdentifier(id)) {
            throw new CompileError(pos, "bad syntax in " + op + ": expected an identifier, got "
                    + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(id)));
        }
        return Env.symbolOf(id);
    }
}
