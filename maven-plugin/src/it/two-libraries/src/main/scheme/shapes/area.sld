;; A library in the R7RS library file format.
(define-library (shapes area)
  (export square-area circle-area)
  (import (scheme base))
  (begin
    (define pi 314/100)
    (define (square-area side) (* side side))
    (define (circle-area r) (* pi r r))))
