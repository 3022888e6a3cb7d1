package org.termite.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.SchemeThread;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.text.Printer;

/**
 * The properties the execution model promises, on whole programs (primitives only: the Scheme library is built
 * after this module). Each program runs on a small JVM stack, so they pass only if the JVM stack is not where
 * the Scheme stack lives.
 */
class ExecutionModelTest {
    private static final long SMALL_STACK = 512 * 1024;

    private static String run(String program) throws Exception {
        return run(program, false);
    }

    /** Runs on a small stack, or on a {@link SchemeThread} (whose stack is made for Scheme) when asked. */
    private static String run(String program, boolean onSchemeThread) throws Exception {
        Object[] result = new Object[1];
        Throwable[] error = new Throwable[1];
        Runnable body = () -> {
            try {
                result[0] = new Session(false).run(program, "model.scm", "model" + Math.abs(program.hashCode()));
            } catch (Throwable e) {
                error[0] = e;
            }
        };
        Thread t = onSchemeThread ? new SchemeThread(body, "model") : new Thread(null, body, "model", SMALL_STACK);
        t.start();
        t.join();
        if (error[0] != null) {
            throw new AssertionError(error[0]);
        }
        return Printer.toWriteString(result[0]);
    }

    @Test
    void nonTailRecursion_aMillionDeep() throws Exception {
        assertEquals("1000000", run("(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1))))) (count 1000000)"));
        assertEquals("1000000", run("(define (build n) (if (= n 0) '() (cons n (build (- n 1))))) (length (build 1000000))"));
    }

    @Test
    void mutualTailCalls_tenMillionInConstantSpace() throws Exception {
        long before = Capture.created();
        assertEquals("#t", run("(define (ev? n) (if (= n 0) #t (od? (- n 1)))) (define (od? n) (if (= n 0) #f (ev? (- n 1))))"
                + "(ev? 10000000)"));
        // Tail calls unwind the JVM stack every MAX_DEPTH calls; the captured continuation stays empty.
        long captures = Capture.created() - before;
        assertTrue(captures >= 10_000_000 / (org.termite.runtime.exec.Trampoline.MAX_DEPTH + 1) - 1, "captures: " + captures);
    }

    @Test
    void schemeThread_recursionThousandsDeepStaysOnTheJvmStack() throws Exception {
        String program = "(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1))))) (count 20000)";
        run(program, true);
        long before = Capture.created();
        assertEquals("20000", run(program, true));
        assertEquals(0, Capture.created() - before, "no unwind below MAX_DEPTH on a Scheme thread");
        before = Capture.created();
        assertEquals("20000", run(program));
        // Any other thread may have a small stack: it unwinds every SHALLOW_DEPTH calls.
        long captures = Capture.created() - before;
        assertTrue(captures >= 20_000 / (Trampoline.SHALLOW_DEPTH + 1), "captures: " + captures);
    }

    @Test
    void ordinaryCalls_neverCapture() throws Exception {
        run("(define (f) 0) (f)");
        long before = Capture.created();
        assertEquals("6765", run("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (fib 20)"));
        assertEquals(0, Capture.created() - before, "no capture, hence no heap frame, for calls never captured");
    }

    @Test
    void continuation_reenteredManyTimes() throws Exception {
        assertEquals("(3 2 1 first)", run("(define r '()) (define k #f) (define n 0)"
                + "(set! r (cons (call/cc (lambda (c) (set! k c) 'first)) r))"
                + "(set! n (+ n 1)) (if (< n 4) (k n)) r"));
    }

    @Test
    void continuation_capturedDeepResumedAfterReturn() throws Exception {
        assertEquals("200005", run("(define k #f) (define (d n) (if (= n 0) (call/cc (lambda (c) (set! k c) 0)) (+ 1 (d (- n 1)))))"
                + "(define r (d 200000)) (if (= r 200000) (k 5) r)"));
    }

    @Test
    void continuation_escapesFromDeepInside() throws Exception {
        assertEquals("found", run("(define (search n exit) (if (= n 0) (exit 'found) (+ 1 (search (- n 1) exit))))"
                + "(call/cc (lambda (k) (search 100000 k)))"));
    }
}
