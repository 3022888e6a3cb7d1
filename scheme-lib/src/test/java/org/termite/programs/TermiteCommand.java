package org.termite.programs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code termite} command line in a JVM of its own, with a bounded wait. */
final class TermiteCommand {
    private static final long TIMEOUT_SECONDS = 300;

    private TermiteCommand() {}

    static ProgramsTest.Result run(List<String> command, String... args) throws Exception {
        return runWithClassPath("", command, args);
    }

    /** The same with {@code extra} (entries ending in the path separator) in front of the class path. */
    static ProgramsTest.Result runWithClassPath(String extra, List<String> command, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp",
                extra + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain"));
        cmd.addAll(command);
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("termite-out", ".txt");
        Path err = Files.createTempFile("termite-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new ProgramsTest.Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
