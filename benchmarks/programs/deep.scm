;;; deep: non-tail recursion a million calls deep, building a list on the way back; the stack
;;; grows far past what a JVM thread stack holds, so Termite moves it to the heap as it goes.

(define (count-down n)
  (if (= n 0)
      '()
      (cons n (count-down (- n 1)))))

(define (sum-list lst acc)
  (if (null? lst)
      acc
      (sum-list (cdr lst) (+ acc (car lst)))))

(define (repeat-deep n)
  (let loop ((i 0) (r 0))
    (if (= i n)
        r
        (loop (+ i 1) (sum-list (count-down 1000000) 0)))))

(run-benchmark "deep" (lambda () (repeat-deep 2)))
