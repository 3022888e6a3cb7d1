package org.termite.compiler.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.termite.compiler.TestPipeline;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Var;

class ConvertClosuresTest {
    private static Anf.Lambda defined(String text) {
        Anf.Lambda top = TestPipeline.closed(text);
        return ((Anf.Closure) ((Anf.DefGlobal) top.body()).value()).lambda();
    }

    @Test
    void run_lambda_listsItsFreeVariablesInOrder() {
        Anf.Lambda f = defined("(define (f a b) (lambda (c) (list a c b)))");
        Anf.Lambda inner = ((Anf.Closure) f.body()).lambda();
        assertEquals(List.of("a", "b"), inner.free().stream().map(Var::name).toList());
        assertEquals(List.of(), f.free());
    }

    @Test
    void run_resumePoint_savesOnlyLocalsUsedAfterTheCall() {
        Anf.Lambda f = defined("(define (f g a b) (let ((x (g a))) (+ x b)))");
        Anf.LetCall call = assertInstanceOf(Anf.LetCall.class, f.body());
        assertEquals(0, call.point());
        assertEquals(List.of("b"), call.live().stream().map(Var::name).toList());
        assertEquals(1, f.resumePoints());
    }

    @Test
    void run_callInsideLetInit_keepsVariablesOfTheLetBodyLive() {
        Anf.Lambda f = defined("(define (f g a b) (let ((x (if a (g) 0))) (+ x b)))");
        Anf.LetCall call = firstCall(f.body());
        assertEquals(List.of("b"), call.live().stream().map(Var::name).toList());
    }

    private static Anf.LetCall firstCall(Anf a) {
        if (a instanceof Anf.LetCall c) {
            return c;
        }
        if (a instanceof Anf.Let l) {
            Anf.LetCall c = firstCall(l.init());
            return c != null ? c : firstCall(l.body());
        }
        if (a instanceof Anf.If i) {
            Anf.LetCall c = firstCall(i.then());
            return c != null ? c : firstCall(i.otherwise());
        }
        return null;
    }

    @Test
    void run_letrecProcedure_doesNotCaptureItself() {
        Anf.Lambda f = defined("(define (f n) (let loop ((i n)) (if (= i 0) 'done (loop (- i 1)))))");
        Anf.Letrec letrec = assertInstanceOf(Anf.Letrec.class, f.body());
        assertEquals(List.of(), letrec.lambdas().get(0).free());
        Anf.TailCall start = assertInstanceOf(Anf.TailCall.class, letrec.body());
        assertEquals(new Anf.Local(letrec.vars().get(0)), start.fn());
    }
}
