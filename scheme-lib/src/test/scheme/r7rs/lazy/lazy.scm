;; (scheme lazy): delay, force, delay-force in constant space, make-promise, promise?.
(import (scheme base) (scheme lazy) (scheme write))
(define count 0)
(define p (delay (begin (set! count (+ count 1)) (* 6 7))))
(write (list (promise? p) (force p) (force p) count)) (newline)
;; expect: (#t 42 42 1)
(define (stream-from n) (delay-force (if (= n 0) (delay 'bottom) (stream-from (- n 1)))))
(write (force (stream-from 1000000))) (newline)
;; expect: bottom
(write (list (force (make-promise 5)) (promise? (make-promise 5)) (force 7))) (newline)
;; expect: (5 #t 7)
;; a promise forced from inside its own computation keeps the first value
(define x 0)
(define r (delay (begin (set! x (+ x 1)) (if (> x 1) x (force r)))))
(write (force r)) (newline)
;; expect: 2
