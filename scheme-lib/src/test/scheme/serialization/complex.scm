;; Complex numbers serialize, exact and inexact, alone and inside data.
(define (round-trip x) (u8vector->object (object->u8vector x)))
(write (round-trip (list 1+2i 3/4-1/2i 1.5+0.5i (sqrt -4) (make-polar 2 0)))) (newline)
;; expect: (1+2i 3/4-1/2i 1.5+0.5i +2i 2)
(display (= (round-trip 1/3+2/7i) 1/3+2/7i)) (newline)
;; expect: #t
