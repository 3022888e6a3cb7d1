;; A library named like the program that imports it: each compiles to classes of its own.
(define-library (greeting)
  (export hi)
  (import (scheme base))
  (begin (define (hi) "hi from the library")))
