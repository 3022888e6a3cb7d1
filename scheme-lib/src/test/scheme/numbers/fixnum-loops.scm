;; Loops whose counters the compiler keeps unboxed: the answers stay those of generic arithmetic, overflow
;; goes on in bignums, and other numbers (flonums, ratios) or non-numbers take the generic path.
(define (sum-down n)
  (let loop ((i n) (sum 0))
    (if (< i 0) sum (loop (- i 1) (+ i sum)))))
(write (sum-down 10000)) (newline)
;; expect: 50005000
(write (sum-down 10.0)) (newline)
;; expect: 55.0
(write (sum-down 5/2)) (newline)
;; expect: 9/2
;; A product that leaves the fixnums, then keeps growing as a bignum.
(define (power3 n)
  (let loop ((i 0) (x 1))
    (if (= i n) x (loop (+ i 1) (* x 3)))))
(write (power3 50)) (newline)
;; expect: 717897987691852588770249
;; A counter that crosses the largest fixnum upwards, and one that crosses the smallest downwards.
(write (let loop ((i 9223372036854775800) (n 0)) (if (> n 10) i (loop (+ i 1) (+ n 1))))) (newline)
;; expect: 9223372036854775811
(write (let loop ((i -9223372036854775800) (n 0)) (if (> n 10) i (loop (- i 1) (+ n 1))))) (newline)
;; expect: -9223372036854775811
;; Back into the fixnums after a bignum.
(write (let loop ((i 9223372036854775810) (n 0)) (if (< i 9223372036854775800) (list i n) (loop (- i 4) (+ n 1))))) (newline)
;; expect: (9223372036854775798 3)
;; Mixed exact and inexact: a flonum step, and a flonum start.
(write (let loop ((i 0) (s 0)) (if (< i 5) (loop (+ i 1) (+ s 0.5)) s))) (newline)
;; expect: 2.5
(write (let loop ((i 0.0) (n 0)) (if (< i 3) (loop (+ i 1) (+ n 1)) (list i n)))) (newline)
;; expect: (3.0 3)
(define step 1/2)
(write (let loop ((i 0) (n 0)) (if (>= i 3) (list i n) (loop (+ i step) (+ n 1))))) (newline)
;; expect: (3 6)
;; Vectors indexed by an unboxed counter.
(define (squares n)
  (define v (make-vector n))
  (do ((i 0 (+ i 1))) ((>= i n) v) (vector-set! v i (* i i))))
(define (reversed x)
  (let* ((n (vector-length x)) (result (make-vector n)))
    (do ((i (- n 1) (- i 1))) ((< i 0) result) (vector-set! result i (vector-ref x (- n i 1))))))
(write (reversed (squares 6))) (newline)
;; expect: #(25 16 9 4 1 0)
(write (guard (e ((error-object? e) 'out-of-range)) (let loop ((i 0)) (if (< i 20) (loop (+ i 1)) (vector-ref (squares 3) i))))) (newline)
;; expect: out-of-range
;; A non-number where a fixnum was: the generic primitive reports it.
(define (count-to limit)
  (let loop ((i 0)) (if (< i limit) (loop (+ i 1)) i)))
(write (count-to 7)) (newline)
;; expect: 7
(write (guard (e ((error-object? e) 'not-a-number)) (count-to 'seven))) (newline)
;; expect: not-a-number
(define (add-each k)
  (let loop ((i 0) (acc 0)) (if (= i 3) acc (loop (+ i 1) (+ acc k)))))
(write (add-each 2)) (newline)
;; expect: 6
(write (add-each 1.5)) (newline)
;; expect: 4.5
(write (guard (e ((error-object? e) 'not-a-number)) (add-each "x"))) (newline)
;; expect: not-a-number
;; A long loop, past many safe points.
(write (let loop ((i 0) (acc 0)) (if (= i 3000000) acc (loop (+ i 1) (+ acc (- i 1)))))) (newline)
;; expect: 4499995500000
