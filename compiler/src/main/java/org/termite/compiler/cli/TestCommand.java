package org.termite.compiler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.termite.compiler.testing.TestPrograms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code termite test [DIR|FILE...]}: runs test programs, each in a JVM of its own (see {@link TestPrograms}),
 * prints a line per program and its failures, and ends with {@code N passed, N failed}; the exit code is 1 when
 * anything failed.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs test programs (SRFI 64) and prints a summary: N passed, N failed.")
final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR|FILE", description = "Test programs, or folders whose .scm programs are run "
            + "(not libraries; default: src/test/scheme if it exists, else the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-I", "--library-path"}, paramLabel = "DIR",
            description = "Also look for imported libraries in DIR (repeatable).")
    List<Path> libraryPath = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time allowed per program (default 300).")
    long timeoutSeconds = 300;

    @Override
    public Integer call() throws IOException {
        List<Path> roots = paths.isEmpty()
                ? List.of(Files.isDirectory(Path.of("src/test/scheme")) ? Path.of("src/test/scheme") : Path.of("."))
                : paths;
        List<Path> files = new ArrayList<>();
        for (Path p : roots) {
            if (Files.isDirectory(p)) {
                files.addAll(TestPrograms.find(p));
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
            TestPrograms.Result r = TestPrograms.run(f, System.getProperty("java.class.path"), libraryPath,
                    timeoutSeconds);
            passed += r.passed();
            failed += r.failed();
            print(r);
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.out.flush();
        return failed > 0 ? 1 : 0;
    }

    private static void print(TestPrograms.Result r) {
        System.out.println((r.failed() == 0 ? "PASS " : "FAIL ") + r.file() + " (" + r.passed() + " passed, "
                + r.failed() + " failed)");
        for (TestPrograms.TestCase t : r.tests()) {
            if (t.failed()) {
                System.out.println("  " + t.kind().toUpperCase() + " " + t.groupPath() + t.name() + " (" + t.place() + ")"
                        + (t.detail().isEmpty() ? "" : ": " + t.detail()));
            }
        }
        if (r.timedOut()) {
            System.out.println("  timed out");
        } else if (r.exitCode() != 0) {
            System.out.println("  exited with code " + r.exitCode() + ":");
            List<String> lines = r.output().lines().toList();
            lines.subList(Math.max(0, lines.size() - 10), lines.size()).forEach(l -> System.out.println("    " + l));
        }
    }
}
