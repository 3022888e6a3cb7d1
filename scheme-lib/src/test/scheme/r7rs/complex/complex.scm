;; (scheme complex) and complex numbers in the numeric tower: reading and writing them, exactness, the
;; arithmetic operations, and the elementary functions whose results leave the real line.
(import (scheme base) (scheme write) (scheme complex) (scheme inexact))
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show 1+2i -i +i 1/2-3/4i 1.5+0.0i (make-rectangular 3 0) (make-rectangular 1 -2))
;; expect: 1+2i -i +i 1/2-3/4i 1.5+0.0i 3 1-2i
(show (real-part 3+4i) (imag-part 3+4i) (magnitude 3+4i) (magnitude -5) (real-part 7) (imag-part 7))
;; expect: 3 4 5 5 7 0
(show (complex? 1+i) (real? 1+i) (real? 1+0i) (real? 1.0+0.0i) (rational? 1+i) (integer? 2+0i) (number? -i))
;; expect: #t #f #t #f #f #t #t
(show (exact? 1+2i) (inexact? 1.0+2i) (exact 1.0+2.5i) (inexact 1/2+i))
;; expect: #t #t 1+5/2i 0.5+1.0i
;; Exact arithmetic stays exact; a zero imaginary part gives a real.
(show (+ 1+2i 3-2i) (- 1+2i 1+2i) (* 1+2i 3-i) (/ 1+2i 1-i) (* +i +i) (/ 1 +i) (- +i))
;; expect: 4 0 5+5i -1/2+3/2i -1 -i -i
(show (= 1+2i 1+2i) (= 1+2i 1.0+2.0i) (= 1+2i 1-2i) (zero? 0.0+0.0i) (eqv? 1+2i 1+2i) (equal? '(1+i) (list 1+i)))
;; expect: #t #t #f #t #t #t
(show (sqrt -4) (sqrt -3+4i) (expt +i 2) (expt 1+i 3) (angle -1) (angle +i))
;; expect: +2i 1+2i -1 -2+2i 3.141592653589793 1.5707963267948966
(define (close? z w) (< (magnitude (- z w)) 1e-12))
(show (close? (exp (* +i (acos -1))) -1) (close? (log -1) (* +i (acos -1))) (close? (make-polar 2 (/ (acos -1) 2)) +2i))
;; expect: #t #t #t
(show (close? (sqrt -2.0) (* +i (sqrt 2))) (close? (expt -1 1/2) +i) (close? (asin 2) (- (/ (acos -1) 2) (* +i (log (+ 2 (sqrt 3)))))))
;; expect: #t #t #t
(show (close? (sin (asin 1+i)) 1+i) (close? (cos (acos 2+i)) 2+i) (close? (tan (atan 1+2i)) 1+2i))
;; expect: #t #t #t
(show (string->number "1+2i") (string->number "#x10+11i") (string->number "+i") (number->string 1/2-i 2) (string->number "1@0"))
;; expect: 1+2i 16+17i +i "1/10-i" 1
(show (nan? +nan.0+1i) (infinite? 1+inf.0i) (finite? 1+2i))
;; expect: #t #t #t
;; Reals only: ordering a complex number is an error.
(show (guard (e (#t (error-object-message e))) (< 1+i 2)))
;; expect: "<: expected a real number, got"
