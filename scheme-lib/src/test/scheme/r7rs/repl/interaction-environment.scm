;; interaction-environment is the program's own top level: one object, where eval's definitions and
;; macros persist and the program's definitions are visible.
(import (scheme base) (scheme write) (scheme eval) (scheme repl))
(write (eq? (interaction-environment) (interaction-environment))) (newline)
;; expect: #t
(define counter 0)
(eval '(set! counter (+ counter 10)) (interaction-environment))
(write counter) (newline)
;; expect: 10
(eval '(define-record-type point (make-point x y) point? (x point-x) (y point-y)) (interaction-environment))
(write (point-x (make-point 3 4))) (newline)
;; expect: 3
(write (eval '(point? (make-point 1 2)) (interaction-environment))) (newline)
;; expect: #t
(display (interaction-environment)) (newline)
;; expect: #<environment interaction>
