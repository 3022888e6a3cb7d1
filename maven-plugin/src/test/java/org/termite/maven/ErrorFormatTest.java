package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compile errors read as an IDE reads maven-compiler-plugin's output: the pattern below is the one IntelliJ's
 * and Eclipse m2e's Maven consoles use for javac's messages, {@code [ERROR] /path/File.java:[line,column] message}.
 */
class ErrorFormatTest {
    private static final Pattern IDE = Pattern.compile("^\\[ERROR\\] (/[^\\[]+?):\\[(\\d+),(\\d+)\\] (.+)$");

    @TempDir
    Path project;

    private Path write(String name, String text) throws IOException {
        Path p = project.resolve("src/main/scheme").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private IncrementalCompiler.Outcome build() throws IOException {
        return IncrementalCompiler.run(SourceSet.scan(project.resolve("src/main/scheme"), null, null),
                project.resolve("target/classes"), project.resolve("target/termite/compile.state"));
    }

    /** The file, line, column and message an IDE would take from one line of the build log. */
    private static Matcher parse(String error) {
        Matcher m = IDE.matcher("[ERROR] " + error);
        assertTrue(m.matches(), "not in maven-compiler-plugin's format: " + error);
        return m;
    }

    @Test
    void error_inMavenCompilerFormat_pointsAtTheFile() throws IOException {
        Path bad = write("bad.scm", "(display 1)\n\n  (lambda (x x) x)\n");
        IncrementalCompiler.Outcome o = build();
        List<String> errors = o.distinctErrors();
        assertEquals(1, errors.size(), errors.toString());
        Matcher m = parse(errors.get(0));
        assertEquals(bad.toAbsolutePath().normalize().toString(), m.group(1));
        assertTrue(Files.isRegularFile(Path.of(m.group(1))));
        assertEquals("3", m.group(2));
        assertEquals("3", m.group(3));
        assertEquals("duplicate parameter: x", m.group(4));
    }

    @Test
    void readError_inMavenCompilerFormat() throws IOException {
        Path bad = write("unclosed.scm", "(display 1)\n  (let ((x 1))\n    (display x)\n");
        Matcher m = parse(build().distinctErrors().get(0));
        assertEquals(bad.toAbsolutePath().normalize().toString(), m.group(1));
        assertTrue(m.group(4).contains("missing close parenthesis"), m.group(4));
    }

    @Test
    void errorInLibrary_reportedOnce_atTheLibrary() throws IOException {
        Path lib = write("util/broken.sld", "(define-library (util broken)\n  (export f)\n  (import (scheme base))\n"
                + "  (begin (define (f y y) y)))\n");
        write("one.scm", "(import (scheme base) (util broken))\n(f 1 2)\n");
        write("two.scm", "(import (scheme base) (util broken))\n(f 3 4)\n");
        IncrementalCompiler.Outcome o = build();
        assertEquals(2, o.failed().size(), "both importers fail: " + o.failed());
        List<String> errors = o.distinctErrors();
        assertEquals(1, errors.size(), "one mistake, reported once: " + errors);
        Matcher m = parse(errors.get(0));
        assertEquals(lib.toAbsolutePath().normalize().toString(), m.group(1));
        assertEquals("4", m.group(2));
    }
}
