;; R7RS pairs and lists: construction, cxr, list-tail, list-copy, append sharing, member/assoc with custom tests.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (cons 1 2) (cons 1 '(2)) (list) (list 1 (list 2) 3) '(1 . (2 . (3 . ()))))
;; expect: (1 . 2) (1 2) () (1 (2) 3) (1 2 3)
(define t '((1 2 3) (4 5 6) 7 8))
(show (caar t) (cadr t) (cdar t) (cddr t) (caddr t) (cdddr t) (caadr t) (cadadr t))
;; expect: 1 (4 5 6) (2 3) (7 8) 7 (8) 4 5
(show (length '(1 2 3)) (length '()) (list? '(1 2)) (list? '(1 . 2)) (pair? '()) (null? '()))
;; expect: 3 0 #t #f #f #t
(show (append '(1) '(2 3) '() '(4)) (append) (append '() 5) (append '(1) 2))
;; expect: (1 2 3 4) () 5 (1 . 2)
;; append shares its last argument.
(define tail (list 9 10))
(show (eq? (cddr (append '(1 2) tail)) tail))
;; expect: #t
(show (reverse '(1 (2 3) 4)) (list-tail '(a b c d) 2) (list-ref '(a b c) 2) (list-copy '(1 2 3)))
;; expect: (4 (2 3) 1) (c d) c (1 2 3)
(define lc (list 1 2 3))
(define lc2 (list-copy lc))
(set-car! lc2 99)
(show lc lc2 (list-copy 5))
;; expect: (1 2 3) (99 2 3) 5
(show (memq 'c '(a b c d)) (memq 'z '(a b)) (member '(1) '((0) (1) (2))) (memv 1.5 '(1 1.5 2)))
;; expect: (c d) #f ((1) (2)) (1.5 2)
(show (member 2.0 '(1 2 3) =) (assoc 2.0 '((1 . a) (2 . b)) =))
;; expect: (2 3) (2 . b)
(show (assq 'b '((a 1) (b 2))) (assv 2 '((1 one) (2 two))) (assoc "b" '(("a" . 1) ("b" . 2))) (assq 'z '()))
;; expect: (b 2) (2 two) ("b" . 2) #f
(show (make-list 3 'x) (length (make-list 2)))
;; expect: (x x x) 2
(define p (list 1 2))
(set-cdr! (cdr p) '(3))
(set-car! p 0)
(show p)
;; expect: (0 2 3)
(show (map + '(1 2 3) '(10 20 30 40)) (map (lambda (x) (* x x)) '()) (apply max '(3 9 2)))
;; expect: (11 22 33) () 9
(show (apply + 1 2 '(3 4)) (apply list '()))
;; expect: 10 ()
(define acc '())
(for-each (lambda (a b) (set! acc (cons (+ a b) acc))) '(1 2) '(10 20))
(show acc)
;; expect: (22 11)
(show (guard (e ((error-object? e) 'error)) (car '())))
;; expect: error
(show (guard (e ((error-object? e) 'error)) (list-ref '(1 2) 5)))
;; expect: error
