;; syntax-rules: literals, ellipsis after sub-patterns, nested ellipses, vectors and dotted patterns.
(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
(define x 1)
(define y 2)
(swap! x y)
(write (list x y)) (newline)
;; expect: (2 1)

(define-syntax my-or
  (syntax-rules ()
    ((_) #f)
    ((_ e) e)
    ((_ e r ...) (let ((t e)) (if t t (my-or r ...))))))
(write (list (my-or) (my-or #f 3) (my-or #f #f))) (newline)
;; expect: (#f 3 #f)

(define-syntax my-let*
  (syntax-rules ()
    ((_ () body ...) (let () body ...))
    ((_ ((n v) rest ...) body ...) (let ((n v)) (my-let* (rest ...) body ...)))))
(write (my-let* ((a 1) (b (+ a 1)) (c (* b 10))) (list a b c))) (newline)
;; expect: (1 2 20)

;; A literal must match the literal identifier, not any expression.
(define-syntax arrow
  (syntax-rules (=>)
    ((_ a => b) (list 'arrow a b))
    ((_ a b c) (list 'plain a b c))))
(write (list (arrow 1 => 2) (arrow 1 2 3))) (newline)
;; expect: ((arrow 1 2) (plain 1 2 3))

;; Nested ellipses transpose a table.
(define-syntax flatten-pairs
  (syntax-rules ()
    ((_ (k v ...) ...) '((k ...) (v ... ...)))))
(write (flatten-pairs (a 1 2) (b 3) (c))) (newline)
;; expect: ((a b c) (1 2 3))

;; Patterns after the ellipsis and dotted tails.
(define-syntax last-of
  (syntax-rules ()
    ((_ x ... y) 'y)))
(write (last-of 1 2 3 4)) (newline)
;; expect: 4
(define-syntax tail-of
  (syntax-rules ()
    ((_ a . rest) 'rest)))
(write (tail-of 1 2 3)) (newline)
;; expect: (2 3)

;; Vector patterns.
(define-syntax vec-sum
  (syntax-rules ()
    ((_ #(a ...)) (+ a ...))))
(write (vec-sum #(1 2 3 4))) (newline)
;; expect: 10

;; Underscore matches anything and binds nothing.
(define-syntax second
  (syntax-rules ()
    ((_ _ b . _) b)))
(write (second 1 2 3 4)) (newline)
;; expect: 2
