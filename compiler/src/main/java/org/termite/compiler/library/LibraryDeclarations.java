package org.termite.compiler.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.SourceFiles;
import org.termite.compiler.expand.SourceReader;
import org.termite.compiler.expand.Requirements;
import org.termite.compiler.expand.Syntax;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;

/**
 * A define-library form taken apart: its name, its export specs, and its body as the forms of a module, in
 * order. Imports stay in the body as import forms and includes as include forms (both expand in the library's
 * environment, includes relative to the library's folder); begin bodies are spliced; cond-expand and
 * include-library-declarations are resolved here, since they hold declarations rather than forms.
 */
record LibraryDeclarations(LibraryName name, List<Object> exportSpecs, List<Object> body) {
    static LibraryDeclarations parse(Pair form, Path dir, SourcePositions positions, Predicate<LibraryName> exists,
            SourcePos pos) {
        List<Object> parts = Syntax.list(form.cdr, pos, "define-library");
        if (parts.isEmpty()) {
            throw new CompileError(pos, "bad syntax: (define-library name declaration ...)");
        }
        LibraryDeclarations d = new LibraryDeclarations(LibraryName.parse(parts.get(0), pos), new ArrayList<>(),
                new ArrayList<>());
        for (Object decl : parts.subList(1, parts.size())) {
            d.declaration(decl, dir, positions, exists, posOf(decl, positions, pos));
        }
        return d;
    }

    private void declaration(Object decl, Path dir, SourcePositions positions, Predicate<LibraryName> exists,
            SourcePos pos) {
        if (!(decl instanceof Pair p) || !Env.isIdentifier(p.car)) {
            throw new CompileError(pos, "bad syntax: a library declaration is (export ...), (import ...), "
                    + "(begin ...), (include ...) or (cond-expand ...)");
        }
        switch (Env.symbolOf(p.car).name) {
            case "export" -> exportSpecs.addAll(Syntax.list(p.cdr, pos, "export"));
            case "import", "include", "include-ci" -> body.add(decl);
            case "begin" -> body.addAll(Syntax.list(p.cdr, pos, "begin"));
            case "include-library-declarations" -> {
                for (Object file : Syntax.list(p.cdr, pos, "include-library-declarations")) {
                    if (!(file instanceof MString s)) {
                        throw new CompileError(pos, "bad syntax: include-library-declarations takes file names");
                    }
                    Path path = dir == null ? Path.of(s.toString()) : dir.resolve(s.toString());
                    String text;
                    try {
                        text = Files.readString(path);
                    } catch (IOException e) {
                        throw new CompileError(pos,
                                "cannot include " + SourceFiles.name(path) + ": " + SourceFiles.reason(e));
                    }
                    for (Object d : SourceReader.read(text, SourceFiles.name(path), positions)) {
                        declaration(d, path.getParent(), positions, exists, posOf(d, positions, pos));
                    }
                }
            }
            case "cond-expand" -> {
                Object chosen = Requirements.select(p.cdr, pos, name -> exists.test(LibraryName.parse(name, pos)));
                if (chosen != null) {
                    for (Object d : Syntax.list(chosen, pos, "cond-expand")) {
                        declaration(d, dir, positions, exists, posOf(d, positions, pos));
                    }
                }
            }
            default -> throw new CompileError(pos, "bad syntax: unknown library declaration " + Env.symbolOf(p.car));
        }
    }

    private static SourcePos posOf(Object form, SourcePositions positions, SourcePos fallback) {
        SourcePos p = positions == null ? null : positions.get(form);
        return p != null ? p : fallback;
    }
}
