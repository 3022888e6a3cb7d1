package org.termite.compiler.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.compiler.TestPipeline;
import org.termite.compiler.ir.Anf;

class CpsConvertTest {
    private static Anf bodyOf(String text) {
        Anf.Lambda top = TestPipeline.cps(text);
        Anf.Closure c = (Anf.Closure) ((Anf.DefGlobal) top.body()).value();
        return c.lambda().body();
    }

    @Test
    void run_nonTailCall_becomesLetCallAndTailCallStaysTail() {
        Anf body = bodyOf("(define (f g x) (g (g x)))");
        Anf.LetCall inner = assertInstanceOf(Anf.LetCall.class, body);
        assertInstanceOf(Anf.TailCall.class, inner.body());
    }

    @Test
    void run_callAsPrimitiveOperand_isBoundFirst() {
        Anf body = bodyOf("(define (f g) (+ 1 (g)))");
        Anf.LetCall call = assertInstanceOf(Anf.LetCall.class, body);
        Anf.Prim add = assertInstanceOf(Anf.Prim.class, call.body());
        assertEquals(new Anf.Local(call.var()), add.args().get(1));
    }

    @Test
    void run_nonTailIf_joinsThroughAVariable() {
        String ir = TestPipeline.anf(TestPipeline.cps("(define (f g x) (+ 1 (if x (g) 2)))"));
        assertTrue(ir.contains("(let ((if."), ir);
    }

    @Test
    void run_sequence_callsForEffectAreLetCallsWithoutVariable() {
        Anf body = bodyOf("(define (f g) (g) (g) 3)");
        Anf.LetCall first = assertInstanceOf(Anf.LetCall.class, body);
        assertEquals(null, first.var());
        Anf.LetCall second = assertInstanceOf(Anf.LetCall.class, first.body());
        assertInstanceOf(Anf.Const.class, second.body());
    }
}
