;;; cpstak: tak in continuation-passing style; every call is a tail call to a closure made at the
;;; call site. Suite: (cpstak 40 20 11) once. Here: (cpstak 32 16 8) twice. Answer 9.

(define (cpstak x y z)
  (define (tak x y z k)
    (if (not (< y x))
        (k z)
        (tak (- x 1) y z
             (lambda (v1)
               (tak (- y 1) z x
                    (lambda (v2)
                      (tak (- z 1) x y
                           (lambda (v3) (tak v1 v2 v3 k)))))))))
  (tak x y z (lambda (a) a)))

(run-r7rs "cpstak" 2 (lambda () (cpstak (hide 2 32) (hide 2 16) (hide 2 8))) (lambda (r) (eqv? r 9)))
