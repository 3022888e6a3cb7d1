;; Flonum printing (shortest round-trip, positional for exponents in [-4, 16)), special values and predicates.
(for-each (lambda (x) (write x) (newline))
  (list 1.0 0.5 -0.25 100.0 0.1 (+ 0.1 0.2) 1e21 1e-7 0.0001 123.456 -0.0 6.02e23 1.5e-5 (/ 1.0 3) 1e16 1e15))
;; expect: 1.0
;; expect: 0.5
;; expect: -0.25
;; expect: 100.0
;; expect: 0.1
;; expect: 0.30000000000000004
;; expect: 1e21
;; expect: 1e-7
;; expect: 0.0001
;; expect: 123.456
;; expect: -0.0
;; expect: 6.02e23
;; expect: 1.5e-5
;; expect: 0.3333333333333333
;; expect: 1e16
;; expect: 1000000000000000.0
(write (list (/ 1.0 0.0) (/ -1.0 0.0) (/ 0.0 0.0))) (newline)
;; expect: (+inf.0 -inf.0 +nan.0)
(write (list (nan? (/ 0.0 0.0)) (infinite? -inf.0) (finite? 1e308) (finite? +inf.0) (nan? 1))) (newline)
;; expect: (#t #t #t #f #f)
(write (list (= +nan.0 +nan.0) (eqv? +nan.0 +nan.0) (= 0.0 -0.0) (eqv? 0.0 -0.0))) (newline)
;; expect: (#f #t #t #f)
(write (list (exact? 1.0) (inexact? 1.0) (integer? 1.0) (integer? 1.5) (rational? +inf.0) (real? 1.5))) (newline)
;; expect: (#f #t #t #f #f #t)
(write (list (round 2.5) (round 3.5) (round -2.5) (floor -1.5) (ceiling -1.5) (truncate -1.7))) (newline)
;; expect: (2.0 4.0 -2.0 -2.0 -1.0 -1.0)
(write (list (exact (round 2.6)) (exact (floor 2.6)) (inexact 7) (exact->inexact 1/8))) (newline)
;; expect: (3 2 7.0 0.125)
(write (+ 0.5 1/2 1)) (newline)
;; expect: 2.0
(write (string->number "1e3")) (newline)
;; expect: 1000.0
(write (string->number ".5")) (newline)
;; expect: 0.5
(write (list (string->number "+inf.0") (string->number "-inf.0") (string->number "1.5e-3"))) (newline)
;; expect: (+inf.0 -inf.0 0.0015)
(write (number->string 3.14)) (newline)
;; expect: "3.14"
(write (max 1 2.0)) (newline)
;; expect: 2.0
(write (min 1 2.0)) (newline)
;; expect: 1.0
(write 1.7976931348623157e308) (newline)
;; expect: 1.7976931348623157e308
(write 5e-324) (newline)
;; expect: 5e-324
