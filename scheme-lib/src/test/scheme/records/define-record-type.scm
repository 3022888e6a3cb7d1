;; define-record-type: constructor with a subset of fields in another order, accessors, modifiers,
;; predicates, distinct types, and records in equal?/eqv?.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define-record-type point
  (make-point x y)
  point?
  (x point-x set-point-x!)
  (y point-y))
(define p (make-point 3 4))
(show (point? p) (point? 5) (point? (vector 3 4)) (point-x p) (point-y p))
;; expect: #t #f #f 3 4
(set-point-x! p 10)
(show (point-x p))
;; expect: 10
;; The constructor may name fields in a different order and omit some.
(define-record-type <node>
  (make-node value left)
  node?
  (left node-left)
  (right node-right set-node-right!)
  (value node-value))
(define n (make-node 'v 'l))
(set-node-right! n 'r)
(show (node-value n) (node-left n) (node-right n))
;; expect: v l r
;; Two types with identical fields are different types.
(define-record-type a-type (make-a f) a? (f a-f))
(define-record-type b-type (make-b f) b? (f b-f))
(show (a? (make-a 1)) (a? (make-b 1)) (b? (make-b 1)))
;; expect: #t #f #t
(define p2 (make-point 10 4))
(show (eqv? p p) (eqv? p p2) (eq? p p2))
;; expect: #t #f #f
;; Accessors check the type of their argument.
(show (guard (e ((error-object? e) 'wrong-type)) (point-x (make-a 1))))
;; expect: wrong-type
(show (guard (e ((error-object? e) 'wrong-type)) (set-point-x! 'nope 1)))
;; expect: wrong-type
;; Records are first class and work in lists, closures and hash tables.
(define pts (map make-point '(1 2 3) '(4 5 6)))
(show (map point-x pts) (apply + (map point-y pts)))
;; expect: (1 2 3) 15
(define h (make-hash-table eq?))
(hash-table-set! h p 'found)
(show (hash-table-ref/default h p #f))
;; expect: found
(show (procedure? make-point) (procedure? point-x) (procedure? point?))
;; expect: #t #t #t
