(define-library (geometry area)
  (export rectangle-area)
  (import (scheme base))
  (begin (define (rectangle-area w h) (* w h))))
