package org.termite.compiler.library;

/**
 * A compiler that knows libraries: the macro evaluator given to the expander implements this when define-library
 * and import are to work (a session does; a bare test compiler may not, and then import binds nothing).
 */
public interface LibraryHost extends org.termite.compiler.expand.LibraryForms.Host {
    Libraries libraries();

    @Override
    default org.termite.compiler.expand.LibraryForms libraryForms() {
        return libraries();
    }
}
