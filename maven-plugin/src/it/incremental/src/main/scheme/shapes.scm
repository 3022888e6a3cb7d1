;; A module the third build changes.
(define (square x) (* x x))
