;; Gambit's define-type: constructor, predicate, accessors, mutators, id:, init:, read-only:,
;; and a type with an id is the same type after serialization.
(define-type point x y)
(define p (make-point 1 2))
(display (list (point? p) (point? 5) (point-x p) (point-y p))) (newline)
;; expect: (#t #f 1 2)
(point-x-set! p 10)
(display (point-x p)) (newline)
;; expect: 10

(define-type tag id: efa4f5f8-c74c-465b-af93-720d44a08374 (uuid init: #f) (label init: 'none))
(define t (make-tag))
(display (list (tag? t) (tag-uuid t) (tag-label t))) (newline)
;; expect: (#t #f none)

(define-type node id: 8992144e-4f3e-4ce4-9d01-077576f98bc5 read-only: host port)
(define n (make-node "localhost" 3001))
(display (list (node-host n) (node-port n))) (newline)
;; expect: (localhost 3001)

;; a type without fields, as the talk's encoder uses
(define-type ser-stdout id: CB3FD64E-2734-4D9E-BAB5-463029CC9F40)
(display (ser-stdout? (u8vector->object (object->u8vector (make-ser-stdout))))) (newline)
;; expect: #t
(display (point? (u8vector->object (object->u8vector p)))) (newline)
;; expect: #t

(define-type account constructor: new-account predicate: is-account? owner (balance init: 0))
(define a (new-account 'ann))
(display (list (is-account? a) (account-owner a) (account-balance a))) (newline)
;; expect: (#t ann 0)

(define (show-error thunk)
  (display (with-exception-catcher error-object-message thunk)) (newline))
(show-error (lambda () (point-x 5)))
;; expect: point-x: expected a point, got
(show-error (lambda () (make-point 1)))
;; expect: make-point: expects 2 arguments, got 1

;; extender: subtypes with the parent's fields first; they satisfy the parent's predicate
;; and accessors, also after serialization
(define-type shape extender: define-shape-type (name init: 'anon) colour)
(define-shape-type circle radius)
(define-shape-type square side)
(define c (make-circle 'red 2))
(display (list (shape? c) (circle? c) (square? c) (shape-colour c) (shape-name c) (circle-radius c) (circle-colour c)))
(newline)
;; expect: (#t #t #f red anon 2 red)
(shape-colour-set! c 'blue)
(display (list (circle-colour c) (shape? (make-shape 'green)) (circle? (make-shape 'green)))) (newline)
;; expect: (blue #t #f)
(display (circle? (u8vector->object (object->u8vector c)))) (newline)
;; expect: #t
(show-error (lambda () (circle-radius (make-shape 'x))))
;; expect: circle-radius: expected a circle, got
