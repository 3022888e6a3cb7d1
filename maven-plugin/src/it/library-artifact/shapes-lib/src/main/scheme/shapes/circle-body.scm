;; The body of (shapes circle), included by circle.sld: part of the library, not a program.
(define (circle-area r) (* 3 r r))
