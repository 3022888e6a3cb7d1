;; define-values, let-values, let*-values, receive and call-with-values, including rest formals.
(define-values (q r) (floor/ 17 5))
(write (list q r)) (newline)
;; expect: (3 2)
(define-values (first . others) (values 1 2 3))
(write (list first others)) (newline)
;; expect: (1 (2 3))
(define-values all (values 'a 'b))
(write all) (newline)
;; expect: (a b)

(write (let-values (((a b) (values 1 2)) ((c) (values 3))) (list a b c))) (newline)
;; expect: (1 2 3)
;; let-values inits see the outer scope, let*-values inits see earlier ones.
(define a 'outer)
(write (let-values (((a) (values 1)) ((b) (values a))) (list a b))) (newline)
;; expect: (1 outer)
(write (let*-values (((a) (values 1)) ((b) (values a))) (list a b))) (newline)
;; expect: (1 1)
(write (let-values (((x . rest) (values 1 2 3)) (all (values))) (list x rest all))) (newline)
;; expect: (1 (2 3) ())

(write (receive (x y . z) (values 1 2 3 4) (list x y z))) (newline)
;; expect: (1 2 (3 4))
(write (receive all (values) all)) (newline)
;; expect: ()

(write (call-with-values (lambda () (values 1 2 3)) list)) (newline)
;; expect: (1 2 3)
(write (call-with-values (lambda () 5) (lambda (x) (* x x)))) (newline)
;; expect: 25
(write (call-with-values values (lambda args args))) (newline)
;; expect: ()

;; Internal define-values.
(define (div-mod a b)
  (define-values (q r) (truncate/ a b))
  (list q r))
(write (div-mod -7 2)) (newline)
;; expect: (-3 -1)
