;; eq?, eqv? and equal? on every kind of value, following R7RS 6.1 where the answer is specified.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (eq? 'a 'a) (eq? '() '()) (eq? car car) (eq? (list 1) (list 1)) (eq? "" "x"))
;; expect: #t #t #t #f #f
(show (eqv? 2 2) (eqv? 2 2.0) (eqv? 100000000000000000000 100000000000000000000) (eqv? 1/2 (/ 2 4)) (eqv? 1.5 1.5))
;; expect: #t #f #t #t #t
(show (eqv? #\a #\a) (eqv? "abc" "abc") (eqv? (string) (string)) (eqv? 'x 'x) (eqv? #f '()))
;; expect: #t #f #f #t #f
(let ((p (lambda (x) x))) (show (eqv? p p) (eq? p p)))
;; expect: #t #t
(show (equal? 'a 'a) (equal? '(a (b) c) '(a (b) c)) (equal? "abc" "abc") (equal? 2 2.0) (equal? (make-vector 5 'a) (make-vector 5 'a)))
;; expect: #t #t #t #f #t
(show (equal? #u8(1 2) #u8(1 2)) (equal? '#(1 (2 "x")) (vector 1 (list 2 "x"))) (equal? "a" 'a) (equal? 1/2 0.5))
;; expect: #t #t #f #f
(show (equal? '(1 . 2) (cons 1 2)) (equal? '(1 2) '(1 2 3)) (equal? #\a #\a) (equal? 1.0 1.0))
;; expect: #t #f #t #t
;; equal? terminates on circular structure.
(define c1 (list 1 2)) (set-cdr! (cdr c1) c1)
(define c2 (list 1 2)) (set-cdr! (cdr c2) c2)
(show (equal? c1 c2))
;; expect: #t
(show (boolean=? #t #t) (boolean=? #f #f #f) (boolean=? #t #f) (symbol=? 'a 'a 'a) (symbol=? 'a 'b))
;; expect: #t #t #f #t #f
(show (boolean? #f) (boolean? '()) (not 0) (not '()) (not #f))
;; expect: #t #f #f #f #t
