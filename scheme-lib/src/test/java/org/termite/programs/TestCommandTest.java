package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code termite test}: runs SRFI 64 programs, each in a JVM of its own, and sums up. */
class TestCommandTest {
    private static final Path ROOT = Path.of("src/test/termite-test");

    private static ProgramsTest.Result termiteTest(String... args) throws Exception {
        return TermiteCommand.run(List.of("test", "--timeout", "120"), args);
    }

    @Test
    void passingPrograms_exitZeroWithASummary() throws Exception {
        ProgramsTest.Result r = termiteTest(ROOT.resolve("passing").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().endsWith("2 passed, 0 failed\n"), r.out());
    }

    @Test
    void failingTestsAndCrashes_areCountedAndExitNonZero() throws Exception {
        ProgramsTest.Result r = termiteTest(ROOT.resolve("failing").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL bad/arith (bad-test.scm:3): expected 3, got 2"), r.out());
        assertTrue(r.out().contains("exited with code 70"), r.out());
        // bad: 1 passed 1 failed; crash: 1 passed, its exit 1 failed; good: 2 passed.
        assertTrue(r.out().endsWith("4 passed, 2 failed\n"), r.out());
    }
}
