package org.termite.compiler.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.compiler.Session;
import org.termite.runtime.exec.Uncaught;
import org.termite.runtime.text.Printer;

/** eval through the primitives that eval.scm calls (the Scheme library is built after this module). */
class SessionEvalTest {
    private static String run(Session s, String program, String module) {
        return Printer.toWriteString(s.run(program, "test.scm", module));
    }

    @Test
    void evalCompilesInTheEnvironmentGiven() {
        Session s = new Session(false);
        assertEquals("21", run(s, "((%eval-compile '(* 7 3) (environment '(scheme base))))", "ev1"));
        String renamed = "((%eval-compile '(first-of '((1 2))) (environment '(rename (scheme base) (car first-of)))))";
        assertEquals("(1 2)", run(s, renamed, "ev2"));
    }

    @Test
    void definitionsInTheInteractionEnvironment_areTheProgramsGlobals() {
        Session s = new Session(false);
        String program = """
                (define base 10)
                ((%eval-compile '(define (add-base x) (+ x base)) (interaction-environment)))
                (add-base 5)
                """;
        assertEquals("15", run(s, program, "ev3"));
    }

    @Test
    void aCompileErrorInEvaluatedCode_isASchemeError() {
        Session s = new Session(false);
        Uncaught e = org.junit.jupiter.api.Assertions.assertThrows(Uncaught.class,
                () -> run(s, "((%eval-compile '(lambda) (interaction-environment)))", "ev4"));
        assertTrue(Printer.toWriteString(e.payload).contains("eval: "), Printer.toWriteString(e.payload));
    }

    @Test
    void objectsWithoutAWrittenForm_areEmbeddedByReference() {
        Session s = new Session(false);
        String program = "(define (twice x) (* 2 x)) (define v (vector twice)) "
                + "(list ((%eval-compile (list twice 4) (interaction-environment))) "
                + "(eq? v ((%eval-compile (list 'quote v) (interaction-environment)))))";
        assertEquals("(8 #t)", run(s, program, "ev5"));
    }
}
