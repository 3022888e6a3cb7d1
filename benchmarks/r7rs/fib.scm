;;; fib: doubly recursive Fibonacci on fixnums; non-tail calls. Suite: (fib 40), 5 times.
;;; Here: (fib 40) once per iteration. Answer 102334155.

(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))

(run-r7rs "fib" 1 (lambda () (fib (hide 1 40))) (lambda (r) (eqv? r 102334155)))
