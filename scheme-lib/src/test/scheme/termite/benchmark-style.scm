;; A program in the style of Termite's benchmarks: (include "bench.scm") relative to this
;; file, a define-macro with gensym, (declare (block)), and main called with the
;; command-line arguments after the top level.
;; args: 20
(declare (block))
(include "bench/bench-macros.scm")
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (main n)
  (let* ((n (string->number n))
         (ms (time* (fib n))))
    (write `(fib termite ,n ,(exact-integer? ms) ,(fib n)))
    (newline)))
;; expect: (fib termite 20 #t 6765)
