;;; sum: sum the integers 0..10000 in a loop of generic arithmetic. Suite: 200,000 times.
;;; Here: 40,000 times. Answer 50005000.

(define (run n)
  (let loop ((i n) (sum 0))
    (if (< i 0)
        sum
        (loop (- i 1) (+ i sum)))))

(run-r7rs "sum" 40000 (lambda () (run (hide 40000 10000))) (lambda (r) (eqv? r 50005000)))
