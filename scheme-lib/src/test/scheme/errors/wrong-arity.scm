;; Calling a procedure with the wrong number of arguments, or a non-procedure, is a catchable error.
(define (two-args a b) (+ a b))
(write (guard (e ((error-object? e) 'arity-error)) (two-args 1))) (newline)
;; expect: arity-error
(write (guard (e ((error-object? e) 'arity-error)) (two-args 1 2 3))) (newline)
;; expect: arity-error
(write (guard (e ((error-object? e) 'not-a-procedure)) (let ((f 5)) (f 1)))) (newline)
;; expect: not-a-procedure
(write (guard (e ((error-object? e) 'opt)) ((lambda (a #!optional b) (list a b)) 1 2 3))) (newline)
;; expect: opt
(define (rest-args a . r) (list a r))
(write (rest-args 1)) (newline)
;; expect: (1 ())
(write (guard (e (#t 'needs-one)) (rest-args))) (newline)
;; expect: needs-one
;; Uncaught arity error at top level.
(two-args 1)
;; error: two-args|argument|arity
