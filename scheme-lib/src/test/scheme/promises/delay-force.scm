;; delay, force, delay-force, make-promise: memoization, iterative forcing of long delay-force chains,
;; and a promise that forces itself reentrantly (R7RS 4.2.5 example).
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define count 0)
(define p (delay (begin (set! count (+ count 1)) (* 6 7))))
(show (promise? p) (force p) (force p) count)
;; expect: #t 42 42 1
(show (force 5) (promise? 5) (force (make-promise 'v)) (promise? (make-promise 1)))
;; expect: 5 #f v #t
(define d (delay 'inner))
(show (eq? (make-promise d) d) (force (make-promise d)))
;; expect: #t inner
;; A stream with delay-force runs in constant space.
(define (loop n) (delay-force (if (= n 0) (delay 'bottom) (loop (- n 1)))))
(show (force (loop 1000000)))
;; expect: bottom
(define (stream-from n) (cons n (delay (stream-from (+ n 1)))))
(define (stream-ref s k) (if (= k 0) (car s) (stream-ref (force (cdr s)) (- k 1))))
(show (stream-ref (stream-from 0) 1000))
;; expect: 1000
;; The R7RS reentrancy example: the first value to be computed wins.
(define x 5)
(define rp
  (delay (begin (set! x (+ x 1))
                (if (> x count2) x (force rp)))))
(define count2 10)
(show (force rp))
(set! x 10)
(show (force rp))
;; expect: 11
;; expect: 11
;; An error while forcing leaves the promise unforced, so it can be forced again.
(define tries 0)
(define flaky (delay (begin (set! tries (+ tries 1)) (if (< tries 2) (raise 'not-yet) 'ok))))
(show (guard (e (#t e)) (force flaky)) (force flaky) tries)
;; expect: not-yet ok 2
