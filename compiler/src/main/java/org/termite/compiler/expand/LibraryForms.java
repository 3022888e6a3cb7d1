package org.termite.compiler.expand;

import java.nio.file.Path;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Pair;

/**
 * What the expander's import, define-library and cond-expand forms need of the session's libraries. The libraries
 * implement it and the macro evaluator hands it over ({@link Host}), so the expander does not depend on the
 * package that expands library bodies with it.
 */
public interface LibraryForms {
    /** The expansion of {@code (import set ...)}: definitions that bind the imported names in {@code env}. */
    Object importForm(Pair form, Env env, Path dir, SourcePos pos);

    /** Compiles and registers {@code (define-library ...)}. */
    void defineLibrary(Pair form, Path dir, String file, SourcePositions positions, SourcePos pos);

    /** Whether the library named by {@code name} (as written in the form) is defined, standard or found. */
    boolean exists(Object name, Path dir, SourcePos pos);

    /** A macro evaluator that also gives the session's libraries. */
    interface Host {
        LibraryForms libraryForms();
    }
}
