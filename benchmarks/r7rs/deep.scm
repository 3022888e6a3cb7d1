;;; deep: not in the suite (the issue's target "a million frames within 2x Gambit"). Non-tail
;;; recursion a million frames deep: build a list of 1..n by recursion, then sum it by recursion.
;;; Here: n = 1,000,000, 5 times per iteration. Answer 500000500000.

(define (build i n)
  (if (> i n)
      '()
      (cons i (build (+ i 1) n))))

(define (sum-list l)
  (if (null? l)
      0
      (+ (car l) (sum-list (cdr l)))))

(run-r7rs "deep" 5 (lambda () (sum-list (build 1 (hide 5 1000000)))) (lambda (r) (eqv? r 500000500000)))
