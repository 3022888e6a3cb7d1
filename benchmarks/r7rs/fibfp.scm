;;; fibfp: Fibonacci on flonums; every intermediate is a flonum (boxed where the implementation
;;; boxes them). Suite: (fibfp 35.) 10 times. Here: once. Answer 9227465.

(define (fibfp n)
  (if (< n 2.)
      n
      (+ (fibfp (- n 1.)) (fibfp (- n 2.)))))

(run-r7rs "fibfp" 1 (lambda () (fibfp (hide 1 35.))) (lambda (r) (eqv? r 9227465.)))
