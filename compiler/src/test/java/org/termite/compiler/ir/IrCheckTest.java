package org.termite.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.termite.compiler.TestPipeline;
import org.termite.runtime.value.Symbol;

/** The IR checks reject what breaks each language's rules, and accept what the passes make. */
class IrCheckTest {
    private static final Var X = new Var("x", 1);
    private static final Var Y = new Var("y", 2);
    private static final Var T = new Var("t", 3);

    private static Core.Lambda coreLambda(List<Var> params, Core body) {
        return new Core.Lambda(params, List.of(), null, body, "f", null);
    }

    private static Anf.Lambda anfLambda(List<Var> params, Anf body, List<Var> free, int points) {
        return new Anf.Lambda(params, List.of(), null, body, "f", null, free, points);
    }

    private static Anf.LetCall call(Var v, int point, List<Var> live, Anf body) {
        return new Anf.LetCall(v, new Anf.Global(Symbol.of("g"), null), List.of(), false, body, point, live, null);
    }

    private static void rejected(Runnable check, String about) {
        MalformedIr e = assertThrows(MalformedIr.class, check::run);
        assertTrue(e.getMessage().contains(about), e.getMessage());
    }

    @Test
    void core_localOutsideItsScope_isRejected() {
        Core body = new Core.Seq(List.of(new Core.Let(List.of(Y), List.of(new Core.Const(1L, null)),
                new Core.LocalRef(Y, null), null), new Core.LocalRef(Y, null)), null);
        rejected(() -> CoreCheck.check(coreLambda(List.of(X), body), false), "outside its scope");
    }

    @Test
    void core_assignmentAfterConversion_isRejected() {
        Core body = new Core.LocalSet(X, new Core.Const(1L, null), null);
        CoreCheck.check(coreLambda(List.of(X), body), false);
        rejected(() -> CoreCheck.check(coreLambda(List.of(X), body), true), "after convert-assignments");
    }

    @Test
    void core_variableBoundTwice_isRejected() {
        Core inner = coreLambda(List.of(X), new Core.LocalRef(X, null));
        rejected(() -> CoreCheck.check(coreLambda(List.of(X), inner), false), "bound twice");
    }

    @Test
    void anf_tailCallInValuePosition_isRejected() {
        Anf tailCall = new Anf.TailCall(new Anf.Local(X), List.of(), false, null);
        Anf body = new Anf.Let(Y, tailCall, new Anf.Local(Y));
        rejected(() -> AnfCheck.check(anfLambda(List.of(X), body, null, 0), false), "not in tail position");
    }

    @Test
    void anf_resumePointsWithAGap_areRejected() {
        Anf body = call(Y, 0, List.of(X), call(T, 2, List.of(), new Anf.Local(X)));
        rejected(() -> AnfCheck.check(anfLambda(List.of(X), body, List.of(), 2), true), "not numbered 0..1");
    }

    @Test
    void anf_liveVariableNotBoundThere_isRejected() {
        Anf body = call(Y, 0, List.of(T), new Anf.Local(Y));
        rejected(() -> AnfCheck.check(anfLambda(List.of(X), body, List.of(), 1), true), "live variable t.3");
    }

    @Test
    void anf_freeVariableMissingAfterClosureConversion_isRejected() {
        Anf.Lambda inner = anfLambda(List.of(), new Anf.Local(X), List.of(), 0);
        Anf.Lambda outer = anfLambda(List.of(X), new Anf.Closure(inner), List.of(), 0);
        rejected(() -> AnfCheck.check(outer, true), "outside its scope");
        Anf.Lambda listed = anfLambda(List.of(), new Anf.Local(X), List.of(X), 0);
        AnfCheck.check(anfLambda(List.of(X), new Anf.Closure(listed), List.of(), 0), true);
    }

    @Test
    void anf_numberedBeforeClosureConversion_isRejected() {
        Anf body = call(Y, 0, null, new Anf.Local(Y));
        rejected(() -> AnfCheck.check(anfLambda(List.of(X), body, null, 0), false), "numbered before");
    }

    @Test
    void whatThePassesMake_isAccepted() {
        String program = "(define (f g n) (let loop ((i 0) (acc '())) (if (= i n) (reverse acc)"
                + " (loop (+ i 1) (cons (g (lambda () (set! n (- n 1)) i)) acc)))))";
        AnfCheck.check(TestPipeline.cps(program), false);
        AnfCheck.check(TestPipeline.closed(program), true);
        CoreCheck.check(TestPipeline.inlined(program), true);
    }
}
