package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REPL on a terminal, as a person uses it: a pseudo-terminal made by util-linux's {@code script}, keys
 * written to it (Ctrl-C is the byte 3, which the terminal turns into SIGINT while a form runs), and the screen
 * read back. Every wait is bounded.
 */
class ReplTerminalTest {
    private static final int SECONDS = 30;

    private Process repl;
    private OutputStream keys;
    private InputStream screen;
    private final StringBuilder seen = new StringBuilder();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script");
        String command = "stty cols 100 rows 30; exec " + TermiteRun.replShellCommand();
        repl = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null").redirectErrorStream(true).start();
        keys = repl.getOutputStream();
        screen = repl.getInputStream();
        expect("type ,help for help");
    }

    @AfterEach
    void stop() {
        if (repl != null) {
            repl.destroyForcibly();
        }
    }

    private void type(String text) throws Exception {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /**
     * Waits until {@code text} shows after what earlier expectations consumed; fails after SECONDS. The screen
     * also echoes what is typed, so an expected text must not be part of the typed line.
     */
    private String expect(String text) throws Exception {
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        while (System.nanoTime() < end) {
            int at = seen.indexOf(text);
            if (at >= 0) {
                String before = seen.substring(0, at + text.length());
                seen.delete(0, at + text.length());
                return before;
            }
            if (screen.available() > 0) {
                byte[] b = new byte[screen.available()];
                int n = screen.read(b);
                seen.append(new String(b, 0, n, StandardCharsets.UTF_8));
            } else if (!repl.isAlive() && screen.available() == 0) {
                break;
            } else {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no \"" + text + "\" on the screen; it shows:\n" + seen);
    }

    @Test
    void ctrlC_stopsRunningForm_andKeepsDefinitions() throws Exception {
        type("(define x (* 6 7))\r");
        type("(let loop () (loop))\r");
        Thread.sleep(1000);
        type("\u0003");
        expect("error: interrupted");
        type("x\r");
        expect("42");
        // a form waiting for a message
        type("(?)\r");
        Thread.sleep(500);
        type("\u0003");
        expect("error: interrupted");
        type("(+ x 1)\r");
        expect("43");
    }

    @Test
    void readLine_atPrompt_worksRepeatedly() throws Exception {
        type("(read-line)\r");
        Thread.sleep(300);
        type("hello\r");
        expect("\"hello\"");
        type("(read-line)\r");
        Thread.sleep(300);
        type("again\r");
        expect("\"again\"");
        type("(read)\r");
        Thread.sleep(300);
        type("(a   b)\r");
        expect("(a b)");
    }

    @Test
    void commandsAndCompletion() throws Exception {
        type(",help\r");
        expect("Ctrl-C");
        type("(define my-counter (* 111 111))\r");
        type("my-cou\t\r");
        expect("12321");
        type(",q\r");
        assertEquals(true, repl.waitFor(SECONDS, TimeUnit.SECONDS));
        assertEquals(0, repl.exitValue());
    }

    @Test
    void errorReport_showsNoReplInternals_andBackgroundOutputShows() throws Exception {
        type("(define (f y) (car y))\r");
        type("(f 1)\r");
        String report = expect("in f)");
        assertFalse(report.contains("repl-loop"), report);
        // The words are joined by the program, so the echo of the typed line cannot match them.
        type("(spawn (lambda () (thread-sleep! 0.3) (display (string-append \"from-\" \"background\")) (newline)))\r");
        expect("from-background");
        expect("> ");
        type("\u0004");
        assertEquals(true, repl.waitFor(SECONDS, TimeUnit.SECONDS));
        assertEquals(0, repl.exitValue());
    }
}
