;; (scheme inexact): exp, log (one and two arguments), trig, sqrt of exact squares stays exact, expt, exact-integer?.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (exp 0) (log 1) (sin 0) (cos 0) (atan 1 1))
;; expect: 1 0 0 1 0.7853981633974483
(show (sqrt 16) (sqrt 1/9) (sqrt 2.25) (sqrt 2) (exact? (sqrt 16)) (exact? (sqrt 15)))
;; expect: 4 1/3 1.5 1.4142135623730951 #t #f
(show (sqrt (expt 10 40)))
;; expect: 100000000000000000000
(show (log 100 10) (log 8 2) (exp 1))
;; expect: 2.0 3.0 2.718281828459045
(show (expt 2 10) (expt 2.0 10) (expt 4 1/2) (expt 0 0) (expt 0.0 0) (expt 1/2 -2))
;; expect: 1024 1024.0 2 1 1.0 4
(show (exact (expt 10 -2)) (expt 10 -2))
;; expect: 1/100 1/100
(show (atan 1) (asin 1) (acos 1) (tan 0.0))
;; expect: 0.7853981633974483 1.5707963267948966 0 0.0
(show (exact-integer? (exact (floor 3.7))) (exact (truncate -3.7)) (exact (round 1e15)))
;; expect: #t -3 1000000000000000
(show (< 1 2 3 3) (<= 1 2 3 3) (= 1 1.0 1) (> 3 2 1) (>= 3 3 1))
;; expect: #f #t #t #t #t
(show (number? 'a) (complex? 1) (real? 1/2) (rational? 0.5) (integer? "1"))
;; expect: #f #t #t #t #f
