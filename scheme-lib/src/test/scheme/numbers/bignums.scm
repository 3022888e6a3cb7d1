;; Exact integers overflow from fixnums into bignums and normalize back.
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(write (fact 30)) (newline)
;; expect: 265252859812191058636308480000000
(write (/ (fact 30) (fact 28))) (newline)
;; expect: 870
(write (exact? (/ (fact 30) (fact 28)))) (newline)
;; expect: #t
(write (+ 9223372036854775807 1)) (newline)
;; expect: 9223372036854775808
(write (- -9223372036854775808 1)) (newline)
;; expect: -9223372036854775809
(write (* 4294967296 4294967296)) (newline)
;; expect: 18446744073709551616
(write (- (+ 9223372036854775807 10) 10)) (newline)
;; expect: 9223372036854775807
(write (- -9223372036854775808)) (newline)
;; expect: 9223372036854775808
(write (abs -9223372036854775808)) (newline)
;; expect: 9223372036854775808
(write (quotient (expt 10 30) 7)) (newline)
;; expect: 142857142857142857142857142857
(write (remainder (expt 10 30) 7)) (newline)
;; expect: 1
(write (modulo (- (expt 10 30)) 7)) (newline)
;; expect: 6
(write (expt 2 100)) (newline)
;; expect: 1267650600228229401496703205376
(write (call-with-values (lambda () (exact-integer-sqrt (+ (expt 10 40) 5))) list)) (newline)
;; expect: (100000000000000000000 5)
(write (gcd (expt 2 80) (expt 6 40))) (newline)
;; expect: 1099511627776
(write (lcm 4 6 10)) (newline)
;; expect: 60
(write (list (gcd) (lcm) (gcd -12 18) (lcm -3 4))) (newline)
;; expect: (0 1 6 12)
(write (= (expt 2 64) (* (expt 2 32) (expt 2 32)))) (newline)
;; expect: #t
(write (< 9223372036854775807 9223372036854775808 (expt 2 70))) (newline)
;; expect: #t
(write (exact->inexact (expt 2 70))) (newline)
;; expect: 1.1805916207174113e21
(write (exact 1e20)) (newline)
;; expect: 100000000000000000000
(write (number->string (expt 2 100) 16)) (newline)
;; expect: "10000000000000000000000000"
(write (string->number "-123456789012345678901234567890")) (newline)
;; expect: -123456789012345678901234567890
