package org.termite.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every sample program from its executable jar, as a user would ({@code java -jar target/NAME.jar}, with
 * nothing else on the class path), and compares what it prints with {@code src/test/expected/NAME.out}. A
 * sample with no expected output or no jar fails, so none can go untested. Standard error must be empty,
 * unless {@code NAME.err} exists: then each of its lines is a regular expression that must match somewhere in
 * standard error (for a sample that shows a process crashing, whose report goes there).
 */
class SamplesIT {
    private static final Path SOURCES = Path.of(System.getProperty("samples.sources", "src/main/scheme"));
    private static final Path EXPECTED = Path.of(System.getProperty("samples.expected", "src/test/expected"));
    private static final Path JARS = Path.of(System.getProperty("samples.jars", "target"));
    private static final long TIMEOUT_SECONDS = 60;

    static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".scm"))
                    .map(n -> n.substring(0, n.length() - ".scm".length())).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sample_printsItsExpectedOutput(String name) throws Exception {
        Path expected = EXPECTED.resolve(name + ".out");
        Path jar = JARS.resolve(name + ".jar");
        assertTrue(Files.isRegularFile(expected), "no expected output " + expected);
        assertTrue(Files.isRegularFile(jar), "no jar " + jar + ": add a jar execution for it to samples/pom.xml");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString()).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String stderr = err.get();
        assertEquals(0, p.exitValue(), "exit code; stderr:\n" + stderr);
        Path expectedErr = EXPECTED.resolve(name + ".err");
        if (Files.isRegularFile(expectedErr)) {
            for (String regex : Files.readAllLines(expectedErr, StandardCharsets.UTF_8)) {
                assertTrue(regex.isBlank() || Pattern.compile(regex).matcher(stderr).find(),
                        "standard error does not match " + regex + ":\n" + stderr);
            }
        } else {
            assertEquals("", stderr, "standard error");
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), out.get(), "standard output");
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
