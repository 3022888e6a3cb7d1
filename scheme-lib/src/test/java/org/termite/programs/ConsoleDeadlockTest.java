package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's failure reports and the program's own output share standard error without a lock-order
 * deadlock. Before the console ports became the only writers, this program hung in 3 runs out of 3.
 */
class ConsoleDeadlockTest {
    private static final Path PROGRAM = Path.of("src/test/scheme/console/fail-while-printing.scm");
    private static final int RUNS = 20;
    private static final long SECONDS_PER_RUN = 60;

    @Test
    void failuresReportedWhileMainPrints_neverDeadlock(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        for (int run = 1; run <= RUNS; run++) {
            Process p = TermiteRun.command(List.of(), PROGRAM)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(SECONDS_PER_RUN, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("run " + run + " did not finish in " + SECONDS_PER_RUN + " s (deadlock?)");
            }
            assertEquals(0, p.exitValue(), "run " + run + ": " + tail(err));
            assertEquals("done\n", Files.readString(out), "run " + run);
            String errors = Files.readString(err);
            assertEquals(2000, count(errors, "error in #<process"), "run " + run + ": one report per failure");
            assertEquals(2000, count(errors, "spawned "), "run " + run + ": every line of the program");
        }
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static String tail(Path file) throws java.io.IOException {
        String s = Files.readString(file);
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }
}
