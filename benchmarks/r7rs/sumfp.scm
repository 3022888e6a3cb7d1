;;; sumfp: sum the flonums 0..1e6 in a loop; a flonum result per iteration. Suite: 500 times.
;;; Here: 100 times. Answer 5.000005e11.

(define (run n)
  (let loop ((i n) (sum 0.))
    (if (< i 0.)
        sum
        (loop (- i 1.) (+ i sum)))))

(run-r7rs "sumfp" 100 (lambda () (run (hide 100 1e6))) (lambda (r) (eqv? r 5.000005e11)))
