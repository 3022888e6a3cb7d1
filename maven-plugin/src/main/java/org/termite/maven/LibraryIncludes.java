package org.termite.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.termite.compiler.Compiler;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * The files a library file includes, so that a library artifact carries them beside its {@code .sld}: the
 * importer compiles the library from that source and reads its includes from the same jar. Follows
 * {@code include}, {@code include-ci} and {@code include-library-declarations} among a library's declarations, in
 * every branch of a {@code cond-expand} (which one a compiler takes is not known here), at the top of a
 * {@code begin}, and at the top of each included file, each relative to the folder of the file it is written in.
 */
final class LibraryIncludes {
    private static final Symbol DEFINE_LIBRARY = Symbol.of("define-library");

    private final Set<Path> found = new LinkedHashSet<>();

    private LibraryIncludes() {}

    /** The files {@code library} includes, directly or through included files; those missing are left out. */
    static Set<Path> of(Path library) throws IOException {
        LibraryIncludes walk = new LibraryIncludes();
        for (Object form : read(library)) {
            if (form instanceof Pair p && p.car == DEFINE_LIBRARY && p.cdr instanceof Pair named) {
                walk.declarations(named.cdr, library.getParent());
            }
        }
        return walk.found;
    }

    private void declarations(Object list, Path dir) throws IOException {
        for (Object d = list; d instanceof Pair p; d = p.cdr) {
            if (!(p.car instanceof Pair decl) || !(decl.car instanceof Symbol head)) {
                continue;
            }
            switch (head.name) {
                // as in the body: a declaration (include ...) or (begin ...) holds body forms
                case "include", "include-ci", "begin" -> body(decl, dir);
                case "include-library-declarations" -> {
                    for (Path f : files(decl.cdr, dir)) {
                        declarations(Pair.list(read(f).toArray()), f.getParent());
                    }
                }
                case "cond-expand" -> {
                    for (Object c = decl.cdr; c instanceof Pair clause; c = clause.cdr) {
                        if (clause.car instanceof Pair branch) {
                            declarations(branch.cdr, dir);
                        }
                    }
                }
                default -> { }
            }
        }
    }

    /** A form of a library's body: its includes, and a begin's. */
    private void body(Object form, Path dir) throws IOException {
        if (form instanceof Pair p && p.car instanceof Symbol head) {
            switch (head.name) {
                case "include", "include-ci" -> {
                    for (Path f : files(p.cdr, dir)) {
                        for (Object inner : read(f)) {
                            body(inner, f.getParent());
                        }
                    }
                }
                case "begin" -> {
                    for (Object b = p.cdr; b instanceof Pair bp; b = bp.cdr) {
                        body(bp.car, dir);
                    }
                }
                default -> { }
            }
        }
    }

    /** The named files that exist and were not seen yet (so an include cycle ends). */
    private List<Path> files(Object names, Path dir) {
        List<Path> out = new java.util.ArrayList<>();
        for (Object n = names; n instanceof Pair p; n = p.cdr) {
            if (p.car instanceof MString s) {
                Path f = dir.resolve(s.toString()).normalize();
                if (Files.isRegularFile(f) && found.add(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<Object> read(Path file) throws IOException {
        try {
            return Compiler.read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), new SourcePositions());
        } catch (CompileError | java.nio.charset.CharacterCodingException e) {
            // not readable as Scheme: the compile of the library reports it, with its place
            return List.of();
        }
    }
}
