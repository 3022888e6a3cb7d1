;; environment takes import sets, user libraries included; R5RS's scheme-report-environment and
;; null-environment are there too.
(define (show x) (write x) (newline))
(show (eval '(first-of '(a b)) (environment '(rename (scheme base) (car first-of)))))
;; expect: a
(show (eval '(m:triple 4) (environment '(prefix (mathlib) m:))))
;; expect: 12
(show (eval '(+ 1 2) (scheme-report-environment 5)))
;; expect: 3
(show ((eval '(lambda (f x) (f x x)) (null-environment 5)) * 6))
;; expect: 36
(show (guard (e (#t (error-object? e))) (environment '(no such library))))
;; expect: #t
(show (eval (quote (car (quote (ok)))) (environment (quote (only (scheme base) car)))))
;; expect: ok
