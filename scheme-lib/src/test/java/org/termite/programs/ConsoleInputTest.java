package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process waiting for console input holds no scheduler thread, even when there is only one. */
class ConsoleInputTest {
    @Test
    void readLine_waitingForInput_letsOtherProcessesRun(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("reader.scm");
        Files.writeString(program, String.join("\n",
                "(define me (self))",
                "(spawn (let loop ((i 0)) (if (< i 5) (begin (thread-sleep! 0.02) (loop (+ i 1))) (! me 'counted))))",
                "(display \"waiting\") (newline) (flush-output-port)",
                "(define line (read-line))",
                "(display line) (newline)",
                "(display (? 0 'not-yet)) (newline)"));
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=1", "-cp", System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run", program.toString()))
                .redirectErrorStream(true).start();
        java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("waiting", out.readLine());
        // The counting process needs about 0.1 s of sleeps; the line comes well after, while the reader waits.
        Thread.sleep(2000);
        p.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the program did not finish");
        }
        StringBuilder rest = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.append(line).append('\n');
        }
        assertEquals("hello\ncounted\n", rest.toString());
        assertEquals(0, p.exitValue());
    }
}
