package org.termite.programs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code termite run} in a JVM of its own, with this module's class path, for tests that watch it. */
final class TermiteRun {
    private TermiteRun() {}

    static ProcessBuilder command(List<String> jvm, Path program, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run", program.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** {@code termite repl}, as a shell command. */
    static String replShellCommand() {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss16m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")), "org.termite.compiler.cli.TermiteMain", "repl");
        StringBuilder sb = new StringBuilder();
        for (String w : cmd) {
            sb.append(quote(w)).append(' ');
        }
        return sb.toString().trim();
    }

    /** The shell's quoting of a word, for commands run through {@code sh -c}. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static String shellCommand(List<String> jvm, Path program, String... args) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String w : command(jvm, program, args).command()) {
            sb.append(quote(w)).append(' ');
        }
        return sb.toString().trim();
    }
}
