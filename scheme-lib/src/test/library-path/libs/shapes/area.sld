(define-library (shapes area)
  (export square-area)
  (import (scheme base))
  (begin (define (square-area side) (* side side))))
