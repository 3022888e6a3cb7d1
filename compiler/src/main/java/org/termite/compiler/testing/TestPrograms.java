package org.termite.compiler.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Compiler;
import org.termite.compiler.Session;
import org.termite.runtime.boot.ProgramRunner;
import org.termite.runtime.exec.ExitSignal;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Test programs: which files are programs, running one in a JVM of its own, and its results.
 *
 * <p>A program reports its SRFI 64 tests through the file named by {@code TERMITE_TEST_REPORT}, which the simple
 * runner rewrites after every test (srfi64.scm), one test a line: KIND, group path, name, place, detail,
 * separated by tabs. A program that reports no test counts as one, passed if it exits with 0; one that exits with
 * another code, or runs past its time, counts as one failure more.
 */
public final class TestPrograms {
    private TestPrograms() {}

    /** One test as the program reported it. */
    public record TestCase(String kind, String groupPath, String name, String place, String detail) {
        public boolean passed() {
            return kind.equals("pass") || kind.equals("xfail");
        }

        public boolean failed() {
            return kind.equals("fail") || kind.equals("xpass");
        }
    }

    /** One program's outcome. */
    public record Result(Path file, List<TestCase> tests, int exitCode, boolean timedOut, String output,
            double seconds) {
        public int passed() {
            if (tests.isEmpty()) {
                return ended() ? 1 : 0;
            }
            return (int) tests.stream().filter(TestCase::passed).count();
        }

        public int failed() {
            return (int) tests.stream().filter(TestCase::failed).count() + (ended() ? 0 : 1);
        }

        /** True when the program ran to its end (exit code 0, in time). */
        public boolean ended() {
            return exitCode == 0 && !timedOut;
        }
    }

    /** The test programs under {@code dir}, in name order: .scm files that are not libraries. */
    public static List<Path> find(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".scm") && Files.isRegularFile(p)).sorted()
                    .filter(TestPrograms::isProgram).toList();
        }
    }

    /** False for a file made only of define-library forms (a library); unreadable files count as programs. */
    static boolean isProgram(Path file) {
        try {
            List<Object> forms = Compiler.read(Files.readString(file), file.toString(), null);
            return forms.isEmpty() || !forms.stream().allMatch(f -> f instanceof Pair p && p.car == Symbol.of("define-library"));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Runs one program with {@link #main} in a new JVM on {@code classpath}, looking for libraries also in
     * {@code libraryPath}, and waits at most {@code timeoutSeconds}.
     */
    public static Result run(Path file, String classpath, List<Path> libraryPath, long timeoutSeconds)
            throws IOException {
        Path report = Files.createTempFile("termite-test", ".tsv");
        Path output = Files.createTempFile("termite-test", ".out");
        long start = System.nanoTime();
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-cp");
            cmd.add(classpath);
            cmd.add(TestPrograms.class.getName());
            for (Path d : libraryPath) {
                cmd.add("-I");
                cmd.add(d.toString());
            }
            cmd.add(file.toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
            pb.environment().put("TERMITE_TEST_REPORT", report.toString());
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                p.destroyForcibly();
            }
            List<TestCase> tests = new ArrayList<>();
            for (String line : Files.readAllLines(report)) {
                String[] t = line.split("\t", -1);
                if (t.length == 5) {
                    tests.add(new TestCase(t[0], t[1], t[2], t[3], t[4]));
                }
            }
            return new Result(file, tests, done ? p.exitValue() : -1, !done, Files.readString(output),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(output);
        }
    }

    /** Runs one program, as {@code termite run} does: {@code [-I DIR]... FILE.scm}. */
    public static void main(String[] args) throws IOException {
        List<Path> libraryPath = new ArrayList<>();
        int i = 0;
        while (i + 1 < args.length && args[i].equals("-I")) {
            libraryPath.add(Path.of(args[i + 1]).toAbsolutePath());
            i += 2;
        }
        if (i != args.length - 1) {
            System.err.println("usage: TestPrograms [-I DIR]... FILE.scm");
            System.exit(2);
        }
        Path file = Path.of(args[i]);
        String text = Files.readString(file);
        org.termite.runtime.boot.CommandLine.set(file.toString(), new String[0]);
        System.exit(ProgramRunner.runProgram(() -> {
            Session session = new Session();
            libraryPath.forEach(session.libraries()::addRoot);
            try {
                return org.termite.runtime.boot.Boot.instantiate(
                        session.load(text, file.toString(), Compiler.moduleName(file.toString())));
            } catch (CompileError e) {
                System.err.println("error: " + e.getMessage());
                throw new ExitSignal(1);
            }
        }));
    }
}
