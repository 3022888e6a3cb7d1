;;; fib: doubly recursive Fibonacci; non-tail calls and small-integer arithmetic.

(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))

(run-benchmark "fib" (lambda () (fib 37)))
