package org.termite.compiler.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.TestPipeline;

class ExpanderTest {
    private static String expand(String text) {
        return TestPipeline.core(TestPipeline.expand(text));
    }

    @Test
    void expand_syntaxRulesTemporary_doesNotCaptureUserVariable() {
        String ir = expand("(define-syntax swap! (syntax-rules () ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))"
                + "(define (f tmp other) (swap! tmp other) (list tmp other))");
        // The macro's tmp is a fresh local, distinct from the parameter tmp.
        assertTrue(ir.matches("(?s).*\\(lambda \\(tmp\\.(\\d+) other\\.\\d+\\) \\(begin \\(let \\(\\(tmp\\.(?!\\1\\))\\d+ tmp\\.\\1\\).*"), ir);
    }

    @Test
    void expand_macroFreeIdentifier_refersToDefinitionSite() {
        String ir = expand("(define-syntax first-of (syntax-rules () ((_ l) (car l))))"
                + "(define (f) (let ((car cdr)) (first-of '(1 2 3))))");
        assertTrue(ir.contains("(car '(1 2 3))"), ir);
    }

    @Test
    void expand_namedLet_isALetrecLoop() {
        String ir = expand("(let loop ((i 0)) (if (< i 3) (loop (+ i 1)) i))");
        assertTrue(ir.contains("(letrec ((loop."), ir);
    }

    @Test
    void expand_internalDefinitionsOfProcedures_becomeLetrec() {
        String ir = expand("(define (f) (define (even? n) (if (= n 0) #t (odd? (- n 1)))) (define (odd? n) (even? n)) (even? 4))");
        assertTrue(ir.contains("(letrec ((even?."), ir);
    }

    @Test
    void expand_duplicateParameter_isAnErrorWithPosition() {
        CompileError e = assertThrows(CompileError.class, () -> expand("\n(define (h x x) x)"));
        assertEquals("test.scm:2:1: duplicate parameter: x", e.getMessage());
    }

    @Test
    void expand_ifWithoutBranches_isAnErrorWithPosition() {
        CompileError e = assertThrows(CompileError.class, () -> expand("(define x 1)\n  (if)"));
        assertTrue(e.getMessage().startsWith("test.scm:2:3: bad syntax: if"), e.getMessage());
    }

    @Test
    void expand_noMatchingRule_namesTheUse() {
        CompileError e = assertThrows(CompileError.class,
                () -> expand("(define-syntax two (syntax-rules () ((_ a b) (list a b))))\n(two 1)"));
        assertTrue(e.getMessage().contains("test.scm:2:1") && e.getMessage().contains("(two 1)"), e.getMessage());
    }

    @Test
    void expand_nestedEllipses_flattenInOrder() {
        String ir = expand("(define-syntax flat (syntax-rules () ((_ (a b ...) ...) '(a ... (b ...) ...))))"
                + "(flat (1 2 3) (4 5) (6))");
        assertTrue(ir.contains("'(1 4 6 (2 3) (5) ())"), ir);
    }

    @Test
    void expand_quasiquote_buildsOnlyTheUnquotedParts() {
        String ir = expand("(define (f x) `(a ,x (b c) ,@x))");
        assertTrue(ir.contains("(cons 'a (cons x.0 "), ir);
        assertTrue(ir.contains("'(b c)"), ir);
        assertTrue(ir.contains("(append x."), ir);
    }

    @Test
    void expand_caseLambdaAndGuardAndParameterize_rewriteToLibraryCalls() {
        assertTrue(expand("(case-lambda ((x) x) ((x . r) r))").contains("(%make-case-lambda '((1 . #f) (1 . #t))"));
        assertTrue(expand("(guard (e (#t 1)) (raise 'x))").contains("(%guard (lambda ()"));
        assertTrue(expand("(define p 1) (parameterize ((p 2)) (p))").contains("(%parameterize (list p) (list '2)"));
    }
}
