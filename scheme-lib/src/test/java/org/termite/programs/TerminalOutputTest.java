package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a terminal standard output is line-buffered: a line shows as soon as it is complete, not when the program
 * ends. The terminal is a pseudo-terminal made by util-linux's {@code script}.
 */
class TerminalOutputTest {
    @Test
    void lineOnTerminal_showsBeforeProgramWaits(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script");
        Path program = dir.resolve("steps.scm");
        // The program waits for a line of input after its first line: that line must have reached the terminal.
        Files.writeString(program, "(display \"step\") (newline)\n(read-line)\n(display \"end\") (newline)\n");
        String command = TermiteRun.shellCommand(List.of(), program);
        Process p = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null")
                .redirectErrorStream(true).start();
        try {
            String seen = readUntil(p.getInputStream(), "step", 30);
            assertTrue(seen.contains("step"), "no line on the terminal while the program waits:\n" + seen);
            OutputStream in = p.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            String rest = readUntil(p.getInputStream(), "end", 30);
            assertTrue(rest.contains("end"), rest);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
    }

    /** What arrives until {@code word} has, or {@code seconds} pass. */
    private static String readUntil(InputStream in, String word, int seconds) throws Exception {
        StringBuilder seen = new StringBuilder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && !seen.toString().contains(word)) {
            if (in.available() > 0) {
                byte[] b = new byte[in.available()];
                int n = in.read(b);
                seen.append(new String(b, 0, n, StandardCharsets.UTF_8));
            } else {
                Thread.sleep(20);
            }
        }
        return seen.toString();
    }
}
