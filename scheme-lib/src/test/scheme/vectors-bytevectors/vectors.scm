;; Vectors: construction, access, fill/copy with ranges, overlapping copy!, conversions, map/for-each, errors.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (make-vector 3 'a) (vector) (vector 1 "two" #\3) (vector-length #(1 2 3)) (vector-ref #(a b c) 2))
;; expect: #(a a a) #() #(1 "two" #\3) 3 c
(define v (vector 1 2 3 4 5))
(vector-set! v 0 'x)
(vector-fill! v 0 3)
(show v)
;; expect: #(x 2 3 0 0)
(show (vector-copy v) (vector-copy v 1) (vector-copy v 1 3) (eq? v (vector-copy v)))
;; expect: #(x 2 3 0 0) #(2 3 0 0) #(2 3) #f
(define w (vector 1 2 3 4 5))
(vector-copy! w 0 w 2)
(show w)
;; expect: #(3 4 5 4 5)
(define w2 (vector 1 2 3 4 5))
(vector-copy! w2 2 w2 0 3)
(show w2)
;; expect: #(1 2 1 2 3)
(show (vector->list #(1 2 3)) (vector->list #(1 2 3) 1) (vector->list #(1 2 3) 1 2) (list->vector '(a b)))
;; expect: (1 2 3) (2 3) (2) #(a b)
(show (vector-append #(1) #() #(2 3)) (vector-map + #(1 2) #(10 20 30)) (vector->string #(#\a #\b)) (string->vector "xyz" 1))
;; expect: #(1 2 3) #(11 22) "ab" #(#\y #\z)
(define sum 0)
(vector-for-each (lambda (a b) (set! sum (+ sum (* a b)))) #(1 2 3) #(4 5 6))
(show sum)
;; expect: 32
(show (equal? #(1 (2) "x") (vector 1 (list 2) "x")) (vector? #(1)) (vector? '(1)))
;; expect: #t #t #f
(show #(1 #(2 #(3))) (vector 'a (vector) "s" 1.5))
;; expect: #(1 #(2 #(3))) #(a #() "s" 1.5)
(show (guard (e ((error-object? e) 'range)) (vector-ref (vector 1 2) 2)))
;; expect: range
(show (guard (e ((error-object? e) 'range)) (vector-ref (vector 1 2) -1)))
;; expect: range
(show (guard (e ((error-object? e) 'type)) (vector-ref '(1 2) 0)))
;; expect: type
(define big (make-vector 100000 0))
(let loop ((i 0)) (when (< i 100000) (vector-set! big i i) (loop (+ i 1))))
(show (vector-ref big 99999) (vector-length big))
;; expect: 99999 100000
