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
        // A chain of tail calls is handed back to the base every TAIL_CALLS calls, without unwinding
        assertEquals(0, Capture.created() - before, "captures");
    }

    @Test
    void tailCallsToUnknownClosures_continuationPassingStyle_neitherGrowNorUnwind() throws Exception {
        String program = "(define (count-down n k) (if (= n 0) (k 'done) (count-down (- n 1) (lambda (v) (k v)))))"
                + "(define (loop i k) (if (= i 0) (k 0) (loop (- i 1) (lambda (v) (k (+ v 1))))))"
                + "(list (count-down 1000000 (lambda (v) v)) (loop 1000000 (lambda (v) v)))";
        run(program);
        long before = Capture.created();
        assertEquals("(done 1000000)", run(program));
        assertEquals(0, Capture.created() - before, "captures");
    }

    @Test
    void tailCallChain_withNonTailCallsBetween_keepsTheirValues() throws Exception {
        // a tail chain handed back to a non-tail call site resumes at that site, with the site's live variables
        assertEquals("(1 500001 2)", run("(define (f n) (if (= n 0) 1 (g (- n 1))))"
                + "(define (g n) (if (= n 0) 1 (h (- n 1))))"
                + "(define (h n) (if (= n 0) 1 (+ 0 (f (- n 1)))))"
                + "(define (sum-to n acc) (if (= n 0) acc (sum-to2 (- n 1) (+ acc 1))))"
                + "(define (sum-to2 n acc) (sum-to n acc))"
                + "(let* ((a 1) (b (f 3000)) (c (+ a (sum-to 500000 0))) (d 2)) (list b c d))"));
    }

    @Test
    void applyInTailPosition_longChain_inConstantSpace() throws Exception {
        assertEquals("done", run("(define (f n . rest) (if (= n 0) 'done (apply f (- n 1) rest)))"
                + "(f 1000000 'a 'b)"));
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
