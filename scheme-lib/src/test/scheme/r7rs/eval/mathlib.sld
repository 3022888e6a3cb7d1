(define-library (mathlib)
  (export triple)
  (import (scheme base))
  (begin (define (triple x) (* 3 x))))
