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
;; The message says what the procedure expects and what it got.
(define (message thunk) (guard (e ((error-object? e) (error-object-message e))) (thunk)))
(define (one x) x)
(display (message (lambda () (one 1 2)))) (newline)
;; expect: one: expects 1 argument, got 2
(display (message (lambda () (rest-args)))) (newline)
;; expect: rest-args: expects at least 1 argument, got 0
(display (message (lambda () ((lambda (a #!optional b) a))))) (newline)
;; expect: lambda: expects 1 or 2 arguments, got 0
(define (five a b c d e) a)
(display (message (lambda () (five 1)))) (newline)
;; expect: five: expects 5 arguments, got 1
(display (message (lambda () (apply car '(1 2))))) (newline)
;; expect: car: expects 1 argument, got 2
(define cl (case-lambda ((a) a) ((a b c) c)))
(display (message (lambda () (cl 1 2 3 4)))) (newline)
;; expect: case-lambda: expects 1 to 3 arguments, got 4
;; Uncaught arity error at top level.
(two-args 1)
;; error: two-args: expects 2 arguments, got 1
