;;; ack: Ackermann's function; recursion tens of thousands of frames deep, most calls in tail
;;; position. Suite: (ack 3 12) twice. Here: (ack 3 10) twice. Answer 8189.

(define (ack m n)
  (cond ((= m 0) (+ n 1))
        ((= n 0) (ack (- m 1) 1))
        (else (ack (- m 1) (ack m (- n 1))))))

(run-r7rs "ack" 2 (lambda () (ack (hide 2 3) (hide 2 10))) (lambda (r) (eqv? r 8189)))
