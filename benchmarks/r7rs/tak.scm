;;; tak: Takeuchi's function; three-argument non-tail calls. Suite: (tak 40 20 11) once.
;;; Here: (tak 32 16 8) twice (the suite's previous input). Answer 9.

(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))

(run-r7rs "tak" 2 (lambda () (tak (hide 2 32) (hide 2 16) (hide 2 8))) (lambda (r) (eqv? r 9)))
