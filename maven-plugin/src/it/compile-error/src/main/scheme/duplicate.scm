;; A parameter named twice.
(define (area w h) (* w h))
(define (twice x x) (+ x x))
