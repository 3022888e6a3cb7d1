package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalCompilerTest {
    @TempDir
    Path project;

    private Path sources;
    private Path classes;
    private Path state;

    @BeforeEach
    void layout() throws IOException {
        sources = Files.createDirectories(project.resolve("src/main/scheme"));
        classes = project.resolve("target/classes");
        state = project.resolve("target/termite/compile.state");
    }

    private void write(String name, String text) throws IOException {
        Path p = sources.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private IncrementalCompiler.Outcome build() throws IOException {
        return IncrementalCompiler.run(SourceSet.scan(sources, null, null), classes, state);
    }

    private boolean hasModule(String module) {
        return Files.isRegularFile(IncrementalCompiler.moduleClassFile(classes, module));
    }

    @Test
    void run_firstBuildCompilesEveryModule() throws IOException {
        write("hello.scm", "(display \"hi\")");
        write("net/server.scm", "(define (serve x) (* x 2))");
        IncrementalCompiler.Outcome o = build();
        assertEquals(List.of("hello.scm", "net/server.scm"), o.compiled());
        assertEquals("no earlier build", o.fullReason());
        assertTrue(hasModule("hello"));
        assertTrue(hasModule("server"));
        assertTrue(Files.isRegularFile(state));
    }

    @Test
    void run_nothingChangedCompilesNothing() throws IOException {
        write("hello.scm", "(display \"hi\")");
        build();
        IncrementalCompiler.Outcome o = build();
        assertEquals(List.of(), o.compiled());
        assertNull(o.fullReason());
    }

    @Test
    void run_changedModuleAloneIsCompiledAndItsOldClassesGo() throws IOException {
        write("a.scm", "(define (f x) x)");
        write("b.scm", "(define (g x) x)");
        build();
        Path oldLambda = classes.resolve("scm/b/g_L1C1.class");
        assertTrue(Files.isRegularFile(oldLambda), "expected a class named after g at 1:1");
        write("b.scm", "\n(define (g2 x) x)");
        IncrementalCompiler.Outcome o = build();
        assertEquals(List.of("b.scm"), o.compiled());
        assertFalse(Files.exists(oldLambda), "a class of the old version survived");
        assertTrue(Files.isRegularFile(classes.resolve("scm/b/g2_L2C1.class")));
    }

    @Test
    void run_deletedModuleLosesItsClasses() throws IOException {
        write("a.scm", "(define (f x) x)");
        write("gone.scm", "(define (g x) x)");
        build();
        Files.delete(sources.resolve("gone.scm"));
        IncrementalCompiler.Outcome o = build();
        assertEquals(List.of("gone.scm"), o.removed());
        assertEquals(List.of(), o.compiled());
        assertFalse(Files.exists(classes.resolve("scm/gone")));
        assertTrue(hasModule("a"));
    }

    @Test
    void run_missingClassesAreCompiledAgain() throws IOException {
        write("a.scm", "(define (f x) x)");
        build();
        Files.delete(IncrementalCompiler.moduleClassFile(classes, "a"));
        assertEquals(List.of("a.scm"), build().compiled());
    }

    @Test
    void run_changedFragmentCompilesEveryModule() throws IOException {
        write("main.scm", "(include \"defs.inc\") (display x)");
        write("other.scm", "(define y 2)");
        write("defs.inc", "(define x 1)");
        build();
        write("defs.inc", "(define x 10)");
        IncrementalCompiler.Outcome o = build();
        assertEquals(List.of("main.scm", "other.scm"), o.compiled());
        assertTrue(o.fullReason().startsWith("defs.inc changed"), o.fullReason());
    }

    @Test
    void run_compileErrorNamesThePlaceAndIsRetriedNextTime() throws IOException {
        write("good.scm", "(display 1)");
        write("bad.scm", "(display 1)\n(define (f x x) x)");
        IncrementalCompiler.Outcome o = build();
        assertTrue(o.hasErrors());
        assertEquals(List.of("good.scm"), o.compiled());
        assertEquals(List.of("bad.scm"), o.failed());
        String bad = sources.resolve("bad.scm").toAbsolutePath().normalize().toString();
        assertEquals(bad + ":[2,1] duplicate parameter: x", o.errors().get(0).error());
        assertFalse(hasModule("bad"));

        IncrementalCompiler.Outcome again = build();
        assertEquals(List.of("bad.scm"), again.failed(), "a failed module must be tried again");
        write("bad.scm", "(display 1)\n(define (f x y) x)");
        IncrementalCompiler.Outcome fixed = build();
        assertFalse(fixed.hasErrors());
        assertEquals(List.of("bad.scm"), fixed.compiled());
        assertTrue(hasModule("bad"));
    }

    @Test
    void run_twoFilesWithOneModuleNameAreBothErrors() throws IOException {
        write("a/util.scm", "(define x 1)");
        write("b/util.scm", "(define x 2)");
        IncrementalCompiler.Outcome o = build();
        assertEquals(List.of("a/util.scm", "b/util.scm"), o.failed());
        assertTrue(o.errors().get(0).error().contains("module name util is also the name of b/util.scm"),
                o.errors().get(0).error());
        assertFalse(hasModule("util"));
    }

    @Test
    void run_eachModuleSeesOnlyItsOwnMacros() throws IOException {
        write("a.scm", "(define-syntax twice (syntax-rules () ((_ e) (begin e e))))");
        write("b.scm", "(twice (display 1))");
        IncrementalCompiler.Outcome o = build();
        // b calls a procedure named twice (unbound at run time) rather than expanding a's macro, so compiling b
        // alone later gives the same classes as this full build.
        assertFalse(o.hasErrors());
        byte[] full = Files.readAllBytes(IncrementalCompiler.moduleClassFile(classes, "b"));
        write("b.scm", "(twice (display 1)) ");
        assertEquals(List.of("b.scm"), build().compiled());
        assertNotNull(full);
        assertTrue(java.util.Arrays.equals(full, Files.readAllBytes(IncrementalCompiler.moduleClassFile(classes, "b"))));
    }

    @Test
    void run_libraryIsCompiledWithItsImporterAndAChangeRecompilesIt() throws IOException {
        write("util/math.sld", "(define-library (util math) (export square) (import (scheme base))"
                + " (begin (define (square x) (* x x))))");
        write("util/text.scm", "(define-library (util text) (export shout) (import (scheme base))"
                + " (begin (define (shout s) (string-append s \"!\"))))");
        write("main.scm", "(import (scheme base) (util math) (util text)) (display (shout (number->string (square 4))))");
        write("other.scm", "(display 1)");
        IncrementalCompiler.Outcome first = build();
        assertFalse(first.hasErrors(), () -> first.errors().toString());
        assertEquals(List.of("main.scm", "other.scm"), first.compiled(), "library files are not programs");
        assertFalse(Files.exists(classes.resolve("scm/text")));

        write("util/text.scm", "(define-library (util text) (export shout) (import (scheme base))"
                + " (begin (define (shout s) (string-append s \"!!\"))))");
        IncrementalCompiler.Outcome second = build();
        assertEquals(List.of("main.scm", "other.scm"), second.compiled());
        assertTrue(second.fullReason().startsWith("util/text.scm changed"), second.fullReason());
    }

    @Test
    void run_aFileALibraryIncludes_isPartOfTheLibraryNotAProgram() throws IOException {
        write("util/math.sld", "(define-library (util math) (export square) (import (scheme base))"
                + " (include \"math-body.scm\"))");
        write("util/math-body.scm", "(define (square x) (* x x))");
        write("main.scm", "(import (scheme base) (scheme write) (util math)) (display (square 5))");
        IncrementalCompiler.Outcome first = build();
        assertFalse(first.hasErrors(), () -> first.errors().toString());
        assertEquals(List.of("main.scm"), first.compiled(), "the included file is not compiled on its own");

        write("util/math-body.scm", "(define (square x) (* x x x))");
        IncrementalCompiler.Outcome second = build();
        assertEquals(List.of("main.scm"), second.compiled(), "a change to it recompiles the importers");
        assertTrue(second.fullReason().startsWith("util/math-body.scm changed"), second.fullReason());
    }
}
