package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIncludesTest {
    @TempDir
    Path root;

    private Path write(String rel, String text) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void of_followsEveryKindOfInclude_relativeToTheFileItIsWrittenIn() throws IOException {
        Path lib = write("shapes/volume.sld", """
                (define-library (shapes volume)
                  (include-library-declarations "decls/exports.scm")
                  (cond-expand (termite (include "termite-only.scm")) (else (include-ci "other.scm")))
                  (begin (define x 1) (include "in-begin.scm"))
                  (include "body/main.scm"))
                """);
        write("shapes/decls/exports.scm", "(export cube) (include \"../from-decls.scm\")");
        write("shapes/termite-only.scm", "(define a 1)");
        write("shapes/other.scm", "(define b 1)");
        write("shapes/in-begin.scm", "(define c 1)");
        write("shapes/from-decls.scm", "(define d 1)");
        write("shapes/body/main.scm", "(begin (include \"helpers.scm\")) (include \"main.scm\")");
        write("shapes/body/helpers.scm", "(define e 1)");
        List<String> found = LibraryIncludes.of(lib).stream().map(p -> root.relativize(p).toString()).toList();
        assertEquals(List.of("shapes/decls/exports.scm", "shapes/from-decls.scm", "shapes/termite-only.scm",
                "shapes/other.scm", "shapes/in-begin.scm", "shapes/body/main.scm", "shapes/body/helpers.scm"), found,
                "each once, in the order met; an include of itself ends there");
    }

    @Test
    void of_leavesOutMissingFilesAndUnreadableOnes() throws IOException {
        Path lib = write("a.sld", "(define-library (a) (include \"missing.scm\" \"broken.scm\" \"latin1.scm\"))");
        write("broken.scm", "(define (f x)");
        Files.write(root.resolve("latin1.scm"), new byte[] {'(', 'f', ' ', (byte) 0xE9, ')'});
        assertEquals(List.of(root.resolve("broken.scm"), root.resolve("latin1.scm")),
                List.copyOf(LibraryIncludes.of(lib)), "found, and read no further, without failing");
    }
}
