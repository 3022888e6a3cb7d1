;; (scheme cxr): every composition of car and cdr up to four deep.
(import (scheme base) (scheme cxr) (scheme write))
(define t '(((1 . 2) . (3 . 4)) . ((5 . 6) . (7 . 8))))
(write (list (caar t) (cadr t) (cdar t) (cddr t))) (newline)
;; expect: ((1 . 2) (5 . 6) (3 . 4) (7 . 8))
(write (list (caaar t) (caadr t) (cadar t) (caddr t) (cdaar t) (cdadr t) (cddar t) (cdddr t))) (newline)
;; expect: (1 5 3 7 2 6 4 8)
(define l '(1 2 3 4 5))
(write (list (cadddr l) (cddddr l))) (newline)
;; expect: (4 (5))
(define d '((((a)))))
(write (caaaar d)) (newline)
;; expect: a
(write (guard (e ((error-object? e) 'not-a-pair)) (caddr '(1 2)))) (newline)
;; expect: not-a-pair
