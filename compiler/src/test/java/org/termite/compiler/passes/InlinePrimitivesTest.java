package org.termite.compiler.passes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.compiler.TestPipeline;

class InlinePrimitivesTest {
    @Test
    void run_primitiveCall_becomesDirectCall() {
        String ir = TestPipeline.core(TestPipeline.inlined("(define (f x) (car (cdr x)))"));
        assertTrue(ir.contains("(%car (%cdr x."), ir);
    }

    @Test
    void run_programRedefinesPrimitive_keepsTheCall() {
        String ir = TestPipeline.core(TestPipeline.inlined("(define (car x) 'mine) (define (f x) (car x))"));
        assertTrue(ir.contains("(car x."), ir);
        assertFalse(ir.contains("%car"), ir);
    }

    @Test
    void run_programAssignsPrimitive_keepsTheCall() {
        String ir = TestPipeline.core(TestPipeline.inlined("(set! cdr car) (cdr '(1 2))"));
        assertFalse(ir.contains("%cdr"), ir);
    }

    @Test
    void run_localShadowsPrimitive_isNotInlined() {
        String ir = TestPipeline.core(TestPipeline.inlined("(define (f car x) (car x))"));
        assertFalse(ir.contains("%car"), ir);
    }

    @Test
    void run_apply_becomesSpreadCall() {
        String ir = TestPipeline.core(TestPipeline.inlined("(define (f g l) (apply g 1 l))"));
        assertTrue(ir.contains("(apply g."), ir);
    }

    @Test
    void run_callcc_isNeverInlined() {
        String ir = TestPipeline.core(TestPipeline.inlined("(call/cc (lambda (k) (k 1)))"));
        assertTrue(ir.contains("(call/cc (lambda"), ir);
    }
}
