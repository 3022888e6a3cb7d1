;; object->u8vector / u8vector->object round trips of data: every kind of number, characters and strings
;; over all of Unicode, symbols (interned again), keywords, lists, vectors, bytevectors, tables, records,
;; promises, error objects; shared and circular structure stays shared and circular.
(define (rt x) (u8vector->object (object->u8vector x)))

(write (rt (list 0 -1 4611686018427387904 (expt 2 100) (- (expt 3 70)) 1/3 -22/7 2.5 -0.0 1e300)))
(newline)
;; expect: (0 -1 4611686018427387904 1267650600228229401496703205376 -2503155504993241601315571986085849 1/3 -22/7 2.5 -0.0 1e300)
(write (map exact? (rt (list 1/3 (expt 2 100) 2.0)))) (newline)
;; expect: (#t #t #f)
(write (rt (list #\a #\λ #\x1F600 #\x0 "héllo, 世界 😀" ""))) (newline)
;; expect: (#\a #\λ #\😀 #\null "héllo, 世界 😀" "")
(write (string-length (rt "a😀b"))) (newline)
;; expect: 3
(write (list (eq? 'hello (rt 'hello)) (rt 'name:) (eq? 'name: (rt 'name:)))) (newline)
;; expect: (#t name: #t)
(write (rt (list '() #t #f (if #f #f) (vector 1 "two" #(3)) (bytevector 0 127 255) '(1 . 2)))) (newline)
;; expect: (() #t #f #!void #(1 "two" #(3)) #u8(0 127 255) (1 . 2))

;; strings are mutable: the copy is a new string, and one string met twice stays one string
(define s (string #\a #\b))
(define two (rt (list s s)))
(string-set! (car two) 0 #\z)
(write (list s (car two) (cadr two) (eq? (car two) (cadr two)))) (newline)
;; expect: ("ab" "zb" "zb" #t)

;; circular structure: a list whose tail is itself, a vector that holds itself
(define ring (list 1 2 3))
(set-cdr! (cddr ring) ring)
(define ring2 (rt ring))
(write (list (car ring2) (cadddr ring2) (eq? ring2 (cdddr ring2)))) (newline)
;; expect: (1 1 #t)
(define v (make-vector 2 'x))
(vector-set! v 0 v)
(define v2 (rt v))
(write (list (eq? v2 (vector-ref v2 0)) (vector-ref v2 1))) (newline)
;; expect: (#t x)

;; a long list and a deep nesting go through without recursion
(define long (iota 200000))
(write (equal? long (rt long))) (newline)
;; expect: #t
(define (nest n x) (if (= n 0) x (nest (- n 1) (list x))))
(define deep (rt (nest 100000 'core)))
(define (unnest x n) (if (pair? x) (unnest (car x) (+ n 1)) (list x n)))
(write (unnest deep 0)) (newline)
;; expect: (core 100000)

;; records keep their type: the copy satisfies the program's own predicate and accessors
(define-record-type point (make-point x y) point? (x point-x set-point-x!) (y point-y))
(define p (rt (make-point 3 (list 4))))
(set-point-x! p 30)
(write (list (point? p) (point-x p) (point-y p))) (newline)
;; expect: (#t 30 (4))

;; tables keep their equivalence, entries and order; a table can hold itself
(define t (make-hash-table))
(hash-table-set! t '(1 2) "list key")
(hash-table-set! t "k" 'string-key)
(hash-table-set! t 'self t)
(define t2 (rt t))
(write (list (hash-table-ref/default t2 '(1 2) #f) (hash-table-ref/default t2 "k" #f)
             (eq? t2 (hash-table-ref/default t2 'self #f)) (hash-table-keys t2)))
(newline)
;; expect: ("list key" string-key #t ((1 2) "k" self))
(define gt (make-table init: 0))
(table-set! gt 'a 1)
(define gt2 (rt gt))
(write (list (table-ref gt2 'a) (table-ref gt2 'missing))) (newline)
;; expect: (1 0)

;; promises: a forced one keeps its value; an unforced one forces on the copy, apart from the original
(define forced (delay (+ 1 2)))
(force forced)
(define count 0)
(define lazy (delay (begin (set! count (+ count 1)) count)))
(define copies (rt (list forced lazy)))
(write (list (force (car copies)) (force (cadr copies)) (force lazy) count)) (newline)
;; expect: (3 1 2 2)

;; error objects keep their message and irritants
(define e (rt (guard (c (#t c)) (error "something failed:" 'x 42))))
(write (list (error-object? e) (error-object-message e) (error-object-irritants e))) (newline)
;; expect: (#t "something failed:" (x 42))
;; a tag that travels and comes back is the original
(define tag (make-tag))
(write (list (eq? tag (rt tag)) (equal? (list tag) (rt (list tag))))) (newline)
;; expect: (#t #t)
