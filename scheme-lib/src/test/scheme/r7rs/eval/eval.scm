;; eval compiles its expression (it does not interpret it) in the environment it is given.
(import (scheme base) (scheme write) (scheme eval) (scheme repl))
(define (show x) (write x) (newline))
(show (eval '(* 7 3) (environment '(scheme base))))
;; expect: 21
(show (eval '(+ (expt 2 10) (exact (sin 0))) (environment '(scheme base) '(scheme inexact))))
;; expect: 1024
(show ((eval '(lambda (f x) (f x x)) (environment '(scheme base))) + 10))
;; expect: 20
;; Definitions made by eval in the interaction environment are the program's globals, and the program's
;; globals are visible to eval.
(define base 100)
(eval '(define (add-base x) (+ x base)) (interaction-environment))
(show (add-base 5))
;; expect: 105
(show (eval '(add-base 1)))
;; expect: 101
;; Macros defined through eval persist for later evals in the same environment.
(eval '(define-syntax swap! (syntax-rules () ((_ a b) (let ((t a)) (set! a b) (set! b t))))) (interaction-environment))
(define p 1)
(define q 2)
(eval '(swap! p q) (interaction-environment))
(show (list p q))
;; expect: (2 1)
;; Syntax is all there: let-values, guard, named let, quasiquote, records.
(show (eval '(let loop ((i 0) (acc '())) (if (= i 3) `(done ,@acc) (loop (+ i 1) (cons i acc))))
            (environment '(scheme base))))
;; expect: (done 2 1 0)
(show (eval '(guard (e (#t (list 'caught (error-object-message e)))) (error "inside eval")) (environment '(scheme base))))
;; expect: (caught "inside eval")
;; A continuation captured inside evaluated code escapes through it, and re-enters it.
(define k #f)
(define n 0)
(show (+ 1 (eval '(call/cc (lambda (c) (set! k c) 1)) (interaction-environment))))
(set! n (+ n 1))
(if (< n 3) (k n))
;; expect: 2
;; expect: 2
;; expect: 3
;; A compile error in evaluated code is a Scheme error the program can catch.
(show (guard (e ((error-object? e) 'syntax-error-caught)) (eval '(if) (environment '(scheme base)))))
;; expect: syntax-error-caught
;; Errors raised while the code runs carry their message.
(show (guard (e (#t (error-object-message e))) (eval '(car 5) (environment '(scheme base)))))
;; expect: "car: expected a pair, got"
(show (list (environment? (environment '(scheme base))) (environment? 5)))
;; expect: (#t #f)
