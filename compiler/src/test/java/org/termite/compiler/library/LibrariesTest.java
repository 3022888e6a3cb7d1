package org.termite.compiler.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Session;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.runtime.text.Printer;

/** define-library and import through a session (primitives only: the Scheme library is built after this module). */
class LibrariesTest {
    private static final String COUNTER_LIBRARY = """
            (define-library (test counter)
              (export make-counter (rename next next!) count-twice)
              (import (scheme base))
              (begin
                (define (bump! c) (set-car! c (+ (car c) 1)) (car c))
                (define (make-counter) (list 0))
                (define (next c) (bump! c))
                (define-syntax count-twice (syntax-rules () ((_ c) (begin (bump! c) (bump! c)))))))
            """;

    private static String run(Session s, String program, String module) {
        return Printer.toWriteString(s.run(program, "test.scm", module));
    }

    @Test
    void anExportedMacro_usesTheLibrarysPrivateNames() {
        Session s = new Session(false);
        String program = COUNTER_LIBRARY + """
                (import (prefix (test counter) c:))
                (define k (c:make-counter))
                (c:count-twice k)
                (list (c:next! k) (c:next! k))
                """;
        assertEquals("(3 4)", run(s, program, "libmacro"));
    }

    @Test
    void renamedImports_areOtherNamesOfTheGlobals() {
        Session s = new Session(false);
        String program = "(import (rename (scheme base) (car first) (cons pair-up))) (first (pair-up 1 2))";
        assertEquals("1", run(s, program, "renames"));
        assertEquals("#t", run(s, "(eq? first car)", "renames2"));
    }

    @Test
    void aLibraryFile_isCompiledOnceAndItsClassesComeWithTheImporter(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("test"));
        Files.writeString(dir.resolve("test/counter.sld"), COUNTER_LIBRARY);
        Session s = new Session(false);
        String file = dir.resolve("main.scm").toString();
        List<GeneratedClass> first = s.compiler().compile("(import (test counter)) (next! (make-counter))", file, "main1");
        assertTrue(first.stream().anyMatch(c -> c.internalName().equals("scm/$dtest$dcounter/__module")));
        List<GeneratedClass> second = s.compiler().compile("(import (test counter)) 2", file, "main2");
        assertTrue(second.stream().noneMatch(c -> c.internalName().startsWith("scm/$dtest$dcounter/")));
    }

    @Test
    void importRunsTheLibraryBodyOnceBeforeTheImporter(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("test"));
        Files.writeString(dir.resolve("test/log.sld"), """
                (define-library (test log) (export log-list note!) (import (scheme base))
                  (begin (define log-list '()) (define (note! x) (set! log-list (cons x log-list))) (note! 'library)))
                """);
        Session s = new Session(false);
        String program = "(import (test log)) (note! 'program) (import (test log)) log-list";
        assertEquals("(program library)", Printer.toWriteString(s.run(program, dir.resolve("p.scm").toString(), "logp")));
    }

    @Test
    void errors_nameTheLibrary() {
        Session s = new Session(false);
        CompileError e = assertThrows(CompileError.class, () -> run(s, "(import (not a library))", "bad1"));
        assertTrue(e.getMessage().contains("unknown library (not a library)"), e.getMessage());
        e = assertThrows(CompileError.class,
                () -> run(s, "(define-library (scheme base) (export car))", "bad2"));
        assertTrue(e.getMessage().contains("library (scheme base) is already defined"), e.getMessage());
        e = assertThrows(CompileError.class, () -> run(s, "(define-library (x) (frob))", "bad3"));
        assertTrue(e.getMessage().contains("unknown library declaration frob"), e.getMessage());
        e = assertThrows(CompileError.class, () -> run(s, "(import (only (x y) z))", "bad4"));
        assertTrue(e.getMessage().contains("unknown library (x y)"), e.getMessage());
    }

    @Test
    void condExpand_seesLibrariesAndFeatures() {
        Session s = new Session(false);
        String program = COUNTER_LIBRARY + """
                (list (cond-expand ((library (test counter)) 'yes) (else 'no))
                      (cond-expand ((library (test nothing)) 'yes) (else 'no))
                      (cond-expand ((and r7rs (not windows-nt)) 'r7rs) (else 'no)))
                """;
        assertEquals("(yes no r7rs)", run(s, program, "condlib"));
    }
}
