;;; ctak: tak where every call returns through a continuation captured by call/cc; the cost of
;;; capturing and of escaping through a continuation. Suite: (ctak 32 16 8) once. Here: (ctak 18 12 6) 150 times
;;; (the suite's older input; 32 16 8 is about 1000 times the work, half a minute a run on Termite). Answer 7.

(define (ctak x y z)
  (call-with-current-continuation
   (lambda (k) (ctak-aux k x y z))))

(define (ctak-aux k x y z)
  (if (not (< y x))
      (k z)
      (call-with-current-continuation
       (lambda (k)
         (ctak-aux
          k
          (call-with-current-continuation
           (lambda (k) (ctak-aux k (- x 1) y z)))
          (call-with-current-continuation
           (lambda (k) (ctak-aux k (- y 1) z x)))
          (call-with-current-continuation
           (lambda (k) (ctak-aux k (- z 1) x y))))))))

(run-r7rs "ctak" 150 (lambda () (ctak (hide 150 18) (hide 150 12) (hide 150 6))) (lambda (r) (eqv? r 7)))
