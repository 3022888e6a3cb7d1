;; R7RS 4.3.2: a custom ellipsis identifier, and (... ...) to put a literal ellipsis in a template.
;; A custom ellipsis identifier (R7RS 4.3.2).
(define-syntax my-list
  (syntax-rules ::: ()
    ((_ x :::) (list x :::))))
(write (my-list 1 2 3)) (newline)
;; expect: (1 2 3)

;; (... ...) escapes an ellipsis in a template.
(define-syntax def-lister
  (syntax-rules ()
    ((_ name) (define-syntax name (syntax-rules () ((_ x (... ...)) (list 'x (... ...))))))))
(def-lister quoted-list)
(write (quoted-list a b c)) (newline)
;; expect: (a b c)
