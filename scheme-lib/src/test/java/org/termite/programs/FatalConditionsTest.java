package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditions the JVM cannot recover from, and a standard output nobody reads, end the program promptly. */
class FatalConditionsTest {
    private static final Path DIR = Path.of("src/test/scheme/console");

    @Test
    void outOfMemory_printsOneErrorLineAndExits(@TempDir Path dir) throws Exception {
        Path err = dir.resolve("err.txt");
        Path out = dir.resolve("out.txt");
        long start = System.nanoTime();
        Process p = TermiteRun.command(List.of("-Xmx64m"), DIR.resolve("out-of-memory.scm"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 90 s; stderr:\n" + Files.readString(err));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String errors = Files.readString(err);
        assertEquals(70, p.exitValue(), errors);
        assertEquals("start\n", Files.readString(out));
        assertTrue(errors.startsWith("error: out of memory (the heap limit is "), errors);
        assertEquals(1, errors.lines().count(), "one line only:\n" + errors);
        System.out.printf("out of memory reported and exited after %.1f s%n", seconds);
    }

    @Test
    void closedStandardOutput_endsProgramLikeSigpipe() throws Exception {
        Process p = TermiteRun.command(List.of(), DIR.resolve("print-forever.scm"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 3; i++) {
                assertEquals("line " + i, in.readLine());
            }
        }
        // Our end of the pipe is closed: the program's next write gets EPIPE.
        long closed = System.nanoTime();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running 30 s after its standard output was closed");
        }
        double seconds = (System.nanoTime() - closed) / 1e9;
        assertEquals(141, p.exitValue());
        assertTrue(seconds < 2, "took " + seconds + " s to notice the closed pipe");
        System.out.printf("closed pipe noticed after %.3f s%n", seconds);
    }
}
