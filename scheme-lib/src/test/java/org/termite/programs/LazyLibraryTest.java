package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules listed as lazy run when a program first uses one of their names, not at start-up: a program
 * that uses none of them loads none of their classes, and one that uses SRFI 64 loads that module's.
 */
class LazyLibraryTest {
    @TempDir
    Path dir;

    private String classesLoaded(String program) throws Exception {
        Path file = dir.resolve("p.scm");
        Files.writeString(file, program);
        Path log = dir.resolve("classes.txt");
        Process p = TermiteRun.command(List.of("-Xlog:class+load=info:file=" + log), file)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "termite run did not finish");
        assertEquals("3\n", out);
        return Files.readString(log);
    }

    @Test
    void aProgramThatUsesNoLazyModule_loadsNoneOfTheirClasses() throws Exception {
        String loaded = classesLoaded("(display (+ 1 2)) (newline)");
        assertTrue(loaded.contains("scm.lib_control."), "an eager module is loaded");
        for (String lazy : List.of("lists", "continuations", "tables", "ports", "eval", "services", "srfi64",
                "otp_supervisor", "otp_server", "srfi1", "observer", "termite_data")) {
            assertFalse(loaded.contains("scm.lib_" + lazy + "."), lazy + " was loaded");
        }
    }

    @Test
    void aProgramThatMapsAList_loadsTheListModuleOnly() throws Exception {
        String loaded = classesLoaded("(display (apply + (map (lambda (x) 1) '(a b c)))) (newline)");
        assertTrue(loaded.contains("scm.lib_lists."), "the list module was not loaded");
        assertFalse(loaded.contains("scm.lib_services."), "the services module was loaded");
    }

    @Test
    void aProgramThatUsesSrfi64_loadsItAndNoOther() throws Exception {
        String loaded = classesLoaded("(display (if (procedure? test-runner-current) 3 0)) (newline)");
        assertTrue(loaded.contains("scm.lib_srfi64."), "SRFI 64 was not loaded");
        assertFalse(loaded.contains("scm.lib_otp_supervisor."), "the supervisor was loaded");
    }
}
