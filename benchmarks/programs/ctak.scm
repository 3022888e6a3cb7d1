;;; ctak: tak where every call returns through a continuation captured by call/cc; measures the
;;; cost of capturing (and, for the escaping k, of invoking) continuations.

(define (ctak x y z)
  (call-with-current-continuation
   (lambda (k) (ctak-aux k x y z))))

(define (ctak-aux k x y z)
  (if (not (< y x))
      (k z)
      (call-with-current-continuation
       (lambda (k2)
         (ctak-aux k2
                   (call-with-current-continuation
                    (lambda (k3) (ctak-aux k3 (- x 1) y z)))
                   (call-with-current-continuation
                    (lambda (k3) (ctak-aux k3 (- y 1) z x)))
                   (call-with-current-continuation
                    (lambda (k3) (ctak-aux k3 (- z 1) x y))))))))

(define (repeat-ctak n)
  (let loop ((i 0) (r 0))
    (if (= i n)
        r
        (loop (+ i 1) (ctak 18 12 6)))))

(run-benchmark "ctak" (lambda () (repeat-ctak 30)))
