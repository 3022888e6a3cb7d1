;; Quasiquote: unquote, splicing at any position, dotted tails, vectors, and nesting levels.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define x 5)
(define l '(a b))
(show `(x ,x) `(,@l) `(1 ,@l 2) `(,@l . tail) `(1 . ,x))
;; expect: (x 5) (a b) (1 a b 2) (a b . tail) (1 . 5)
(show `#(1 ,x ,@l) `(() ,@'() end) `,x)
;; expect: #(1 5 a b) (() end) 5
(show `(1 `(2 ,(3 ,x))))
;; expect: (1 `(2 ,(3 5)))
(show `(1 `(2 ,(3 ,@l))))
;; expect: (1 `(2 ,(3 a b)))
(show `(a `(b ,(c ,(* 2 x)))))
;; expect: (a `(b ,(c 10)))
(show (quasiquote (a (unquote (+ 1 2)) (unquote-splicing (list 4 5)))))
;; expect: (a 3 4 5)
;; Splicing copies all but the last spliced list, and fresh structure is built for each evaluation.
(define (mk) `(fresh ,x))
(show (eq? (mk) (mk)))
;; expect: #f
(show `((,x . ,x) #(#(,x))))
;; expect: ((5 . 5) #(#(5)))
(show `(,@'(1 2) ,@'(3)))
;; expect: (1 2 3)
(show `(quote ,x) `',x)
;; expect: '5 '5
