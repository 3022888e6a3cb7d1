;; Exact rationals: normalization, arithmetic, numerator/denominator, rounding and mixing with flonums.
(write (/ 6 4)) (newline)
;; expect: 3/2
(write (/ 6 3)) (newline)
;; expect: 2
(write (/ -1 3)) (newline)
;; expect: -1/3
(write (/ 1 -3)) (newline)
;; expect: -1/3
(write (+ 1/3 2/3)) (newline)
;; expect: 1
(write (* 2/3 3/4)) (newline)
;; expect: 1/2
(write (- 1/2 1/3)) (newline)
;; expect: 1/6
(write (/ 1/2 1/4)) (newline)
;; expect: 2
(write (/ 5)) (newline)
;; expect: 1/5
(write (list (numerator 6/4) (denominator 6/4) (numerator -3) (denominator 5) (denominator 0))) (newline)
;; expect: (3 2 -3 1 1)
(write (list (floor 7/2) (ceiling 7/2) (truncate 7/2) (round 7/2) (round 5/2) (round -7/2))) (newline)
;; expect: (3 4 3 4 2 -4)
(write (list (floor -7/2) (ceiling -7/2) (truncate -7/2))) (newline)
;; expect: (-4 -3 -3)
(write (exact->inexact 1/3)) (newline)
;; expect: 0.3333333333333333
(write (+ 1/2 0.5)) (newline)
;; expect: 1.0
(write (exact 0.25)) (newline)
;; expect: 1/4
(write (exact 0.1)) (newline)
;; expect: 3602879701896397/36028797018963968
(write (rationalize (exact .3) 1/10)) (newline)
;; expect: 1/3
(write (rationalize .3 1/10)) (newline)
;; expect: 0.3333333333333333
(write (list (< 1/3 0.34 1/2) (= 1/2 0.5) (integer? 4/2) (rational? 1/3) (exact? 1/3))) (newline)
;; expect: (#t #t #t #t #t)
(write (expt 2/3 3)) (newline)
;; expect: 8/27
(write (expt 2 -2)) (newline)
;; expect: 1/4
(write (string->number "-15/25")) (newline)
;; expect: -3/5
(write (abs -7/3)) (newline)
;; expect: 7/3
(write (max 1/2 1/3)) (newline)
;; expect: 1/2
(write (max 1/2 0.25)) (newline)
;; expect: 0.5
