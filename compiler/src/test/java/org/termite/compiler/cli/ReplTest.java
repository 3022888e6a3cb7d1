package org.termite.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Piped input: no prompts, so the output is exactly the values and what the forms display. */
class ReplTest {
    private static Console.Result repl(String input) {
        return Console.capture(input, () -> new Repl(System.in, System.out, System.err).run());
    }

    @Test
    void forms_runInAProcessThatKeepsItsMailbox() {
        Console.Result r = repl("(define me (self))\n(! (self) 'early)\n(eq? me (self))\n(%mailbox-size)\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("#t\n1\n", r.out());
    }

    @Test
    void errorInAForm_restartsTheProcessAndTheLoopGoesOn() {
        Console.Result r = repl("(define me (self))\n(car '())\n(eq? me (self))\n(+ 1 1)\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("#f\n2\n", r.out());
        assertTrue(r.err().contains("car: expected a pair"), r.err());
    }

    @Test
    void errorReport_leavesOutTheReplsOwnLoop() {
        Console.Result r = repl("(define (f x) (car x))\n(define (g x) (list (f x)))\n(g 1)\n");
        assertTrue(r.err().contains("(in f)"), r.err());
        assertTrue(!r.err().contains("repl-loop"), r.err());
    }

    @Test
    void commaQ_endsTheSession() {
        Console.Result r = repl("(+ 1 2)\n,q\n(+ 3 4)\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("3\n", r.out());
    }

    @Test
    void commaHelp_listsTheCommands() {
        Console.Result r = repl(",help\n,nonsense\n");
        assertTrue(r.out().contains(",q"), r.out());
        assertTrue(r.out().contains("Ctrl-C"), r.out());
        assertEquals("error: unknown command ,nonsense (,help lists the commands)\n", r.err());
    }

    @Test
    void value_isWritten() {
        Console.Result r = repl("(+ 1 2)\n\"a \\\"string\\\"\"\n#\\x\n'(1 . 2)\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("3\n\"a \\\"string\\\"\"\n#\\x\n(1 . 2)\n", r.out());
    }

    @Test
    void unspecified_printsNothing() {
        Console.Result r = repl("(define x 1)\n(if #f #f)\n(set! x 2)\n");
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void values_printOnePerLine() {
        Console.Result r = repl("(values 1 \"two\" 'three)\n(values)\n");
        assertEquals("1\n\"two\"\nthree\n", r.out());
    }

    @Test
    void definitions_persistAcrossForms() {
        Console.Result r = repl("(define base 10)\n(define (scale n) (* base n))\n(scale 4)\n(set! base 100)\n(scale 4)\n");
        assertEquals("40\n400\n", r.out());
    }

    @Test
    void macros_persistAcrossForms() {
        Console.Result r = repl("(define-syntax swap-args (syntax-rules () ((_ f a b) (f b a))))\n(swap-args - 1 10)\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("9\n", r.out());
    }

    @Test
    void severalFormsOnOneLine_eachPrinted() {
        Console.Result r = repl("(define y 3) y (* y y)\n");
        assertEquals("3\n9\n", r.out());
    }

    @Test
    void multiLineForm_readUntilComplete() {
        Console.Result r = repl("(define (fact n)\n  (if (= n 0)\n      1\n      (* n (fact (- n 1)))))\n(fact\n 10\n)\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("3628800\n", r.out());
    }

    @Test
    void multiLineStringAndComment_readUntilComplete() {
        Console.Result r = repl("(display \"one\ntwo\")\n#| a\nblock comment |# 5\n");
        assertEquals("one\ntwo5\n", r.out());
    }

    @Test
    void displayOutput_comesBeforeValue() {
        Console.Result r = repl("(begin (display \"hi \") 42)\n(display \"x\")\n(newline)\n");
        assertEquals("hi 42\nx\n", r.out());
    }

    @Test
    void runtimeError_reportedAndSessionGoesOn() {
        Console.Result r = repl("(define z 7)\n(car z)\n(+ z 1)\n");
        assertEquals(0, r.code());
        assertEquals("8\n", r.out());
        assertTrue(r.err().startsWith("error: car: expected a pair"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }

    @Test
    void errorInOneForm_laterFormsOfTheLineStillRun() {
        Console.Result r = repl("(car 1) (+ 2 3)\n");
        assertEquals("5\n", r.out());
        assertTrue(r.err().contains("error: car"), r.err());
    }

    @Test
    void unboundVariable_reported() {
        Console.Result r = repl("no-such-variable\n1\n");
        assertEquals("1\n", r.out());
        assertTrue(r.err().contains("no-such-variable"), r.err());
    }

    @Test
    void compileError_reportedWithPositionAndSessionGoesOn() {
        Console.Result r = repl("1\n(if)\n2\n");
        assertEquals(0, r.code());
        assertEquals("1\n2\n", r.out());
        assertTrue(r.err().contains("error: repl2.scm:1:1"), r.err());
    }

    @Test
    void readError_reportedAndSessionGoesOn() {
        Console.Result r = repl(")\n4\n");
        assertEquals("4\n", r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void unfinishedFormAtEndOfInput_reported() {
        Console.Result r = repl("3\n(+ 1\n");
        assertEquals(0, r.code());
        assertEquals("3\n", r.out());
        assertTrue(r.err().contains("unexpected end of input"), r.err());
    }

    @Test
    void exit_endsWithItsCode() {
        Console.Result r = repl("(display \"bye\")\n(emergency-exit 5)\n(display \"not reached\")\n");
        assertEquals(5, r.code());
        assertEquals("bye", r.out());
    }

    @Test
    void endOfInput_exits0() {
        assertEquals(0, repl("").code());
        assertEquals(0, repl("(define a 1)").code());
    }

    @Test
    void deepRecursion_works() {
        Console.Result r = repl("(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1)))))\n(count 200000)\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("200000\n", r.out());
    }

    @Test
    void pipedProcess_printsOnlyTheValue() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                TermiteMain.class.getName(), "repl")).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("(+ 1 2)\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("3\n", out);
    }
}
