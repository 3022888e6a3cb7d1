package org.termite.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Compiler;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Tells library files from programs. A file made only of {@code define-library} forms is not a module of its
 * own: the compiler compiles a library together with the first module that imports it (looking for
 * {@code (util math)} as {@code util/math.sld} or {@code util/math.scm} beside the importing file), so a
 * library's classes are written with its importers', and a change to it must recompile them.
 */
public final class LibraryFiles {
    private static final Symbol DEFINE_LIBRARY = Symbol.of("define-library");

    private LibraryFiles() {}

    /** True if every top-level form of the file is a define-library form (and there is at least one). */
    public static boolean onlyLibraries(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Object> forms;
        try {
            forms = Compiler.read(text, file.toString(), new SourcePositions());
        } catch (CompileError e) {
            // Not readable: compiled as a module, so that the mistake is reported with its place.
            return false;
        }
        return !forms.isEmpty() && forms.stream().allMatch(f -> f instanceof Pair p && p.car == DEFINE_LIBRARY);
    }
}
