package org.termite.compiler.passes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.compiler.TestPipeline;

class ConvertAssignmentsTest {
    @Test
    void run_assignedLetVariable_livesInABox() {
        String ir = TestPipeline.core(TestPipeline.assignmentsConverted("(let ((x 1)) (set! x 2) x)"));
        assertTrue(ir.contains("(make-box '1)"), ir);
        assertTrue(ir.contains("(set-box! x."), ir);
        assertTrue(ir.contains("(unbox x."), ir);
        assertFalse(ir.contains("(set! x"), ir);
    }

    @Test
    void run_unassignedVariable_staysPlain() {
        String ir = TestPipeline.core(TestPipeline.assignmentsConverted("(let ((x 1)) (+ x x))"));
        assertFalse(ir.contains("box"), ir);
    }

    @Test
    void run_assignedParameter_isBoxedAtEntry() {
        String ir = TestPipeline.core(TestPipeline.assignmentsConverted("(define (f n) (set! n (+ n 1)) n)"));
        assertTrue(ir.matches("(?s).*\\(lambda \\(n\\$in\\.-?\\d+\\) \\(let \\(\\(n\\.\\d+ \\(make-box n\\$in.*"), ir);
    }

    @Test
    void run_assignedLetrecProcedure_turnsTheGroupIntoBoxes() {
        String ir = TestPipeline.core(TestPipeline.assignmentsConverted(
                "(define (g) (define (a) (b)) (define (b) 1) (set! b (lambda () 2)) (a))"));
        assertFalse(ir.contains("letrec"), ir);
        assertTrue(ir.contains("(set-box! a."), ir);
        assertTrue(ir.contains("(unbox b."), ir);
    }
}
