;; Internal definitions: mutual recursion, definitions that use earlier ones, begin splicing, shadowing.
(define (f n)
  (define (ev? n) (if (= n 0) #t (od? (- n 1))))
  (define (od? n) (if (= n 0) #f (ev? (- n 1))))
  (define base 10)
  (define scaled (* base n))
  (list (ev? n) scaled))
(write (f 4)) (newline)
;; expect: (#t 40)

(define (g)
  (begin (define a 1) (define b 2))
  (define c (+ a b))
  c)
(write (g)) (newline)
;; expect: 3

;; An internal define shadows a global of the same name, for the whole body.
(define value 'global)
(define (h)
  (define value 'local)
  value)
(write (list (h) value)) (newline)
;; expect: (local global)

;; Internal define-syntax in a body.
(define (k x)
  (define-syntax double (syntax-rules () ((_ e) (* 2 e))))
  (define y (double x))
  (+ y 1))
(write (k 5)) (newline)
;; expect: 11

;; Redefining a global at top level replaces it for callers compiled earlier.
(define (greet) 'hello)
(define (call-greet) (greet))
(define (greet) 'bonjour)
(write (call-greet)) (newline)
;; expect: bonjour

;; set! on a global from inside a closure.
(define total 0)
(for-each (lambda (n) (set! total (+ total n))) '(1 2 3 4))
(write total) (newline)
;; expect: 10

;; Lambda bodies with defines in lambda and in when-less bodies of let*.
(write ((lambda (x) (define y (* x x)) (+ x y)) 3)) (newline)
;; expect: 12
