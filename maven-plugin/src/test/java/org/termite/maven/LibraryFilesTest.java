package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryFilesTest {
    @TempDir
    Path dir;

    private boolean check(String text) throws IOException {
        return LibraryFiles.onlyLibraries(Files.writeString(dir.resolve("f.scm"), text));
    }

    @Test
    void onlyLibraries_fileOfDefineLibraryFormsIsALibrary() throws IOException {
        assertTrue(check(";; two\n(define-library (a) (export x) (begin (define x 1)))\n#| c |#\n"
                + "(define-library (b) (export y) (begin (define y 2)))"));
    }

    @Test
    void onlyLibraries_programIsNot() throws IOException {
        assertFalse(check("(define-library (a) (export x) (begin (define x 1)))\n(import (a))\n(display x)"));
        assertFalse(check("(display 1)"));
        assertFalse(check(";; nothing but a comment\n"));
    }

    @Test
    void onlyLibraries_unreadableFileIsAProgramSoItsMistakeIsReported() throws IOException {
        assertFalse(check("(define-library (a)"));
    }
}
