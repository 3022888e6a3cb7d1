;; Integer division families: floor/ and truncate/ with every sign combination, quotient/remainder/modulo,
;; and the exact-integer-sqrt and division-by-zero error.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(for-each (lambda (p)
            (let ((n (car p)) (d (cadr p)))
              (call-with-values (lambda () (floor/ n d))
                (lambda (q r) (call-with-values (lambda () (truncate/ n d))
                  (lambda (tq tr) (show n d q r tq tr)))))))
          '((7 2) (-7 2) (7 -2) (-7 -2) (6 3) (0 5)))
;; expect: 7 2 3 1 3 1
;; expect: -7 2 -4 1 -3 -1
;; expect: 7 -2 -4 -1 -3 1
;; expect: -7 -2 3 -1 3 -1
;; expect: 6 3 2 0 2 0
;; expect: 0 5 0 0 0 0
(show (floor-quotient -7 2) (floor-remainder -7 2) (truncate-quotient -7 2) (truncate-remainder -7 2))
;; expect: -4 1 -3 -1
(show (quotient 17 -5) (remainder 17 -5) (modulo 17 -5) (modulo -17 5) (remainder -17 5))
;; expect: -3 2 -3 3 -2
(show (quotient 7.0 2) (modulo -7.0 2) (remainder 7 2.0))
;; expect: 3.0 1.0 1.0
(call-with-values (lambda () (exact-integer-sqrt 26)) show)
;; expect: 5 1
(call-with-values (lambda () (exact-integer-sqrt 0)) show)
;; expect: 0 0
(show (guard (e ((error-object? e) 'caught)) (quotient 1 0)))
;; expect: caught
(show (guard (e ((error-object? e) 'caught)) (/ 5 0)))
;; expect: caught
(show (guard (e ((error-object? e) 'caught)) (modulo 5 0)))
;; expect: caught
(show (exact-integer? 5) (exact-integer? 5.0) (exact-integer? 1/2) (exact-rational? 1/2))
;; expect: #t #f #f #t
(show (even? 0) (odd? -3) (even? (expt 2 70)) (zero? 0.0) (positive? -0.0) (negative? -1/2))
;; expect: #t #t #t #t #f #t
(show (square 5) (square 1/2) (square -1.5) (exact (floor 2.5)) (abs -5) (abs -5.5))
;; expect: 25 1/4 2.25 2 5 5.5
