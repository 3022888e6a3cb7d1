package org.termite.compiler.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.expand.Syntax;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Symbol;

/**
 * An R7RS library name, {@code (util math)} or {@code (srfi 1)}: a list of identifiers and exact non-negative
 * integers. Written as text it is the key of the library table; joined with dots it is the library's module
 * name (the package of its classes); joined with slashes it is where its file is found.
 */
public record LibraryName(List<String> parts) {
    public static LibraryName parse(Object datum, SourcePos pos) {
        List<String> parts = new ArrayList<>();
        Object stripped = Syntax.strip(datum);
        if (!(stripped instanceof org.termite.runtime.value.Pair)) {
            throw new CompileError(pos, "bad syntax: a library name is a list such as (util math), got "
                    + org.termite.runtime.text.Printer.toWriteString(stripped));
        }
        for (Object p : Syntax.list(stripped, pos, "library name")) {
            if (p instanceof Symbol s) {
                parts.add(s.name);
            } else if (p instanceof Long n && n >= 0) {
                parts.add(Long.toString(n));
            } else {
                throw new CompileError(pos, "bad syntax: a library name holds identifiers and exact non-negative "
                        + "integers, got " + org.termite.runtime.text.Printer.toWriteString(p));
            }
        }
        return new LibraryName(List.copyOf(parts));
    }

    public static LibraryName of(String... parts) {
        return new LibraryName(List.of(parts));
    }

    /**
     * The module a library compiles to: its parts, each after a slash ({@code (util math)} is {@code /util/math},
     * so its classes are {@code scm/$dutil$dmath/...}). A program's module is named after its file, whose base name
     * never holds a slash, so a library and a program of the same name cannot share a package.
     */
    public String moduleName() {
        return "/" + String.join("/", parts);
    }

    /** Where the library's file is, relative to a folder of libraries, without its extension. */
    public Path relativePath() {
        Path p = Path.of(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            p = p.resolve(parts.get(i));
        }
        return p;
    }

    @Override
    public String toString() {
        return "(" + String.join(" ", parts) + ")";
    }
}
