;; A primitive's type error reaching top level names the primitive and the bad argument.
(define (second-of x) (car (cdr x)))
(display (second-of '(1 2))) (newline)
(second-of '(1))
;; expect: 2
;; error: car
;; error: uncaught-primitive\.scm:2
