;; A program that defines main gets it called after its top level, with the command-line
;; arguments as strings (Gambit's gsi script.scm args, SRFI 22). (declare ...) is ignored.
;; args: one 2
(declare (standard-bindings) (block))
(display "top level") (newline)
(define (main . args)
  (display (list 'main args (map string? args)))
  (newline))
;; expect: top level
;; expect: (main (one 2) (#t #t))
