;; case-lambda: clause choice by argument count, rest clauses, first matching clause wins, arity errors.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define area
  (case-lambda
    ((r) (list 'circle r))
    ((w h) (list 'rect w h))
    ((a b c . more) (list 'poly (+ 3 (length more))))))
(show (area 1) (area 2 3) (area 1 2 3) (area 1 2 3 4 5))
;; expect: (circle 1) (rect 2 3) (poly 3) (poly 5)
(define f
  (case-lambda
    (() 'zero)
    (args (list 'any args))
    ((x) 'never-chosen)))
(show (f) (f 1) (f 1 2))
;; expect: zero (any (1)) (any (1 2))
;; A recursive case-lambda supplying a default.
(define range
  (case-lambda
    ((end) (range 0 end))
    ((start end) (if (>= start end) '() (cons start (range (+ start 1) end))))))
(show (range 3) (range 2 5))
;; expect: (0 1 2) (2 3 4)
(define g (case-lambda ((a) a) ((a b) (+ a b))))
(show (guard (e ((error-object? e) 'no-clause)) (g 1 2 3)))
;; expect: no-clause
(show (apply g '(4 5)) (map g '(1 2) '(10 20)))
;; expect: 9 (11 22)
;; Closures in case-lambda capture their environment.
(define (counter)
  (let ((n 0))
    (case-lambda (() (set! n (+ n 1)) n) ((k) (set! n (+ n k)) n))))
(define c (counter))
(c) (c 10)
(show (c))
;; expect: 12
