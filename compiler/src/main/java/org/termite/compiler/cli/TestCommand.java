package org.termite.compiler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code termite test [DIR|FILE...]}: runs test programs, each in a JVM of its own, and sums their SRFI 64
 * results. A program reports its tests through the file named by {@code TERMITE_TEST_REPORT} (see srfi64.scm);
 * one that reports none counts as one test, passed if it exits with 0. A program that exits with another code
 * or runs past the timeout is one failure more. The last line is {@code N passed, N failed}; the exit code is 1
 * when any test failed.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs test programs (SRFI 64) and prints a summary: N passed, N failed.")
final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR|FILE", description = "Test programs, or folders searched for .scm files that "
            + "use SRFI 64 (default: src/test/scheme if it exists, else the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time allowed per program (default 300).")
    long timeoutSeconds = 300;

    /** One test program's outcome: its test lines (KIND, group path, name, place, detail) and how it ended. */
    record ProgramResult(Path file, List<String[]> tests, int exitCode, boolean timedOut, String output) {
        int passed() {
            if (tests.isEmpty()) {
                return exitCode == 0 && !timedOut ? 1 : 0;
            }
            return (int) tests.stream().filter(t -> t[0].equals("pass") || t[0].equals("xfail")).count();
        }

        int failed() {
            int f = (int) tests.stream().filter(t -> t[0].equals("fail") || t[0].equals("xpass")).count();
            return f + (exitCode != 0 || timedOut ? 1 : 0);
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Path> roots = paths.isEmpty()
                ? List.of(Files.isDirectory(Path.of("src/test/scheme")) ? Path.of("src/test/scheme") : Path.of("."))
                : paths;
        List<Path> files = new ArrayList<>();
        for (Path p : roots) {
            if (Files.isDirectory(p)) {
                files.addAll(testPrograms(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                System.err.println("error: no such file or folder: " + p);
                return 2;
            }
        }
        int passed = 0;
        int failed = 0;
        for (Path f : files) {
            ProgramResult r = run(f, System.getProperty("java.class.path"), List.of(), timeoutSeconds);
            passed += r.passed();
            failed += r.failed();
            print(r);
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.out.flush();
        return failed > 0 ? 1 : 0;
    }

    private static void print(ProgramResult r) {
        boolean ok = r.failed() == 0;
        System.out.println((ok ? "PASS " : "FAIL ") + r.file() + " (" + r.passed() + " passed, " + r.failed() + " failed)");
        for (String[] t : r.tests()) {
            if (t[0].equals("fail") || t[0].equals("xpass")) {
                System.out.println("  " + t[0].toUpperCase() + " " + t[1] + t[2] + " (" + t[3] + ")"
                        + (t[4].isEmpty() ? "" : ": " + t[4]));
            }
        }
        if (r.timedOut()) {
            System.out.println("  timed out");
        } else if (r.exitCode() != 0) {
            System.out.println("  exited with code " + r.exitCode() + ":");
            r.output().lines().skip(Math.max(0, r.output().lines().count() - 10))
                    .forEach(l -> System.out.println("    " + l));
        }
    }

    /** The .scm files under {@code dir} that use SRFI 64, in name order. */
    static List<Path> testPrograms(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".scm") && Files.isRegularFile(p)).sorted()
                    .filter(TestCommand::usesSrfi64).toList();
        }
    }

    private static boolean usesSrfi64(Path p) {
        try {
            String text = Files.readString(p);
            return text.contains("(test-begin") || text.contains("(srfi 64)");
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Runs one test program with {@code termite run} in a JVM of its own on {@code classpath}, with
     * {@code extraArgs} given to {@code run} before the file (such as a library path), and collects its report.
     */
    static ProgramResult run(Path file, String classpath, List<String> extraArgs, long timeoutSeconds)
            throws IOException {
        Path report = Files.createTempFile("termite-test", ".tsv");
        Path output = Files.createTempFile("termite-test", ".out");
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-cp");
            cmd.add(classpath);
            cmd.add(TermiteMain.class.getName());
            cmd.add("run");
            cmd.addAll(extraArgs);
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
            List<String[]> tests = new ArrayList<>();
            for (String line : Files.readAllLines(report)) {
                String[] parts = line.split("\t", -1);
                if (parts.length == 5) {
                    tests.add(parts);
                }
            }
            return new ProgramResult(file, tests, done ? p.exitValue() : -1, !done, Files.readString(output));
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(output);
        }
    }
}
