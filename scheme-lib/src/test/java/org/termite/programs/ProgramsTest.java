package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program under src/test/scheme through {@code termite run}, each in a JVM of its own (programs
 * define globals, so they must not share one), and checks what it prints against the expectations written in
 * the program itself:
 * <ul>
 * <li>{@code ;; expect: TEXT} lines, in order, are the exact standard output, one line each;</li>
 * <li>{@code ;; also-with-jvm: OPTIONS}: the program runs once more, with these JVM options;</li>
 * <li>{@code ;; error: REGEX} lines must each match standard error, the exit code must be non-zero, and no Java
 * stack trace may appear;</li>
 * <li>{@code ;; args: A B} gives command-line arguments; {@code ;; stdin: TEXT} lines give standard input.</li>
 * </ul>
 */
class ProgramsTest {
    private static final Path ROOT = Path.of("src/test/scheme");
    private static final Pattern JAVA_TRACE = Pattern.compile("(?m)^\\s+at [a-zA-Z_$][a-zA-Z0-9_$.]*\\(|Exception in thread");
    private static final long TIMEOUT_SECONDS = 120;

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".scm")).sorted().toList();
        }
        return files.stream().filter(ProgramsTest::isProgram)
                .map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> check(f)));
    }

    /** Files without expectations are helpers that programs include. */
    private static boolean isProgram(Path f) {
        try {
            return Files.readString(f).contains(";; expect:") || Files.readString(f).contains(";; error:");
        } catch (IOException e) {
            return true;
        }
    }

    private static void check(Path file) throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> args = new ArrayList<>();
        List<List<String>> jvmVariants = new ArrayList<>();
        jvmVariants.add(List.of());
        StringBuilder stdin = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.startsWith(";; expect:")) {
                expected.add(value(t, ";; expect:"));
            } else if (t.startsWith(";; error:")) {
                errors.add(value(t, ";; error:"));
            } else if (t.startsWith(";; args:")) {
                args.addAll(List.of(value(t, ";; args:").split("\\s+")));
            } else if (t.startsWith(";; stdin:")) {
                stdin.append(value(t, ";; stdin:")).append('\n');
            } else if (t.startsWith(";; also-with-jvm:")) {
                jvmVariants.add(List.of(value(t, ";; also-with-jvm:").split("\\s+")));
            }
        }
        for (List<String> jvm : jvmVariants) {
            check(file, jvm, args, stdin.toString(), expected, errors);
        }
    }

    private static void check(Path file, List<String> jvm, List<String> args, String stdin, List<String> expected,
            List<String> errors) throws Exception {
        Result r = run(file, jvm, args, stdin);
        String out = expected.isEmpty() ? "" : String.join("\n", expected) + "\n";
        if (errors.isEmpty()) {
            assertEquals(0, r.code, "exit code " + jvm + "; stderr:\n" + r.err);
            assertEquals(out, r.out, "standard output " + jvm + "; stderr:\n" + r.err);
        } else {
            assertNotEquals(0, r.code, "exit code of a failing program");
            if (!expected.isEmpty()) {
                assertEquals(out, r.out, "standard output before the error");
            }
            for (String e : errors) {
                assertTrue(Pattern.compile(e).matcher(r.err).find(), "stderr lacks /" + e + "/:\n" + r.err);
            }
            assertFalse(JAVA_TRACE.matcher(r.err).find(), "stderr shows a Java stack trace:\n" + r.err);
        }
    }

    private static String value(String line, String prefix) {
        String v = line.substring(prefix.length());
        return v.startsWith(" ") ? v.substring(1) : v;
    }

    record Result(int code, String out, String err) {}

    static Result run(Path file, List<String> jvm, List<String> args, String stdin) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run", file.toString()));
        cmd.addAll(args);
        Path outFile = Files.createTempFile("termite-out", ".txt");
        Path errFile = Files.createTempFile("termite-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(file + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }
}
