package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes, each a JVM ({@link DialingNode}), that dial each other at the same instant, round after round, over a
 * new connection each time: every message arrives once and in order, and both nodes use the same connection.
 */
class SimultaneousDialTest {
    private static final int ROUNDS = 30;
    private static final int MESSAGES = 50;
    private static final long PERIOD_MS = 400;

    @Test
    void nodesDiallingEachOtherAtOnce_endWithOneConnection_andLoseNothing(@TempDir Path dir) throws Exception {
        long start = System.currentTimeMillis() + 8000;
        Process a = node(dir, "a", "b", start);
        Process b = node(dir, "b", "a", start);
        try {
            CompletableFuture<String> outA = output(a);
            CompletableFuture<String> outB = output(b);
            long seconds = 60 + ROUNDS * PERIOD_MS / 1000;
            List<String> linesA = List.of(outA.get(seconds, TimeUnit.SECONDS).split("\n"));
            List<String> linesB = List.of(outB.get(seconds, TimeUnit.SECONDS).split("\n"));
            String both = "node a: " + linesA + errors(dir, "a") + "\nnode b: " + linesB + errors(dir, "b");
            assertEquals("done", linesA.get(linesA.size() - 1), both);
            assertEquals("done", linesB.get(linesB.size() - 1), both);
            assertEquals(ROUNDS + 1, linesA.size());
            assertEquals(ROUNDS + 1, linesB.size());
            for (int r = 0; r < ROUNDS; r++) {
                String[] ofA = linesA.get(r).split(" ");
                String[] ofB = linesB.get(r).split(" ");
                assertEquals("round " + r, ofA[0] + " " + ofA[1]);
                assertEquals("round " + r, ofB[0] + " " + ofB[1]);
                String[] endsA = ofA[2].split("->");
                String[] endsB = ofB[2].split("->");
                assertEquals(endsA[0], endsB[1], "round " + r + ": one connection on both sides");
                assertEquals(endsA[1], endsB[0], "round " + r + ": one connection on both sides");
            }
            assertTrue(a.waitFor(10, TimeUnit.SECONDS) && b.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, a.exitValue());
            assertEquals(0, b.exitValue());
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
    }

    private static Process node(Path dir, String name, String other, long start) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                DialingNode.class.getName(), dir.toString(), name, other, String.valueOf(ROUNDS),
                String.valueOf(MESSAGES), String.valueOf(start), String.valueOf(PERIOD_MS)));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(dir.resolve(name + ".err").toFile());
        b.environment().put("TERMITE_COOKIE", "simultaneous-dial-test");
        return b.start();
    }

    private static String errors(Path dir, String name) throws java.io.IOException {
        return "; its errors: " + Files.readString(dir.resolve(name + ".err"));
    }

    private static CompletableFuture<String> output(Process p) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
    }
}
