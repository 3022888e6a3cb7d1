;; SRFI 1 list library: folds, filters, searching, deletion, and iota/first..last.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (iota 5) (iota 5 1) (iota 4 0 2) (first '(1 2 3)) (second '(1 2 3)) (third '(1 2 3)) (last '(1 2 3)))
;; expect: (0 1 2 3 4) (1 2 3 4 5) (0 2 4 6) 1 2 3 3
(show (fold cons '() '(1 2 3)) (fold + 0 '(1 2 3)) (fold-right cons '() '(1 2 3)) (fold cons* '() '(a b) '(1 2)))
;; expect: (3 2 1) 6 (1 2 3) (b 2 a 1)
(show (reduce + 0 '(1 2 3 4)) (reduce max 'none '()) (reduce-right append '() '((1) (2) (3))))
;; expect: 10 none (1 2 3)
(show (filter odd? '(1 2 3 4 5)) (remove odd? '(1 2 3 4 5)) (filter-map (lambda (x) (and (odd? x) (* x x))) '(1 2 3)))
;; expect: (1 3 5) (2 4) (1 9)
(call-with-values (lambda () (partition even? '(1 2 3 4 5 6))) show)
;; expect: (2 4 6) (1 3 5)
(show (find even? '(1 3 4 5)) (find even? '(1 3)) (find-tail even? '(1 3 4 5)) (any odd? '(2 4 5)) (every odd? '(1 3)))
;; expect: 4 #f (4 5) #t #t
(show (any (lambda (x) (and (> x 2) (* x 10))) '(1 2 3 4)) (every (lambda (x) (and (> x 0) x)) '(1 2 3)) (every odd? '()))
;; expect: 30 3 #t
(show (count even? '(1 2 4)) (list-index even? '(1 3 4)) (delete 3 '(1 3 2 3)) (delete-duplicates '(a b a c b)))
;; expect: 2 2 (1 2) (a b c)
(show (append-map (lambda (x) (list x x)) '(1 2)) (last-pair '(1 2 3)) (take '(a b c d) 2) (drop '(a b c d) 2))
;; expect: (1 1 2 2) (3) (a b) (c d)
(show (fold-left list '() '(1 2 3)) (fold-right list 'init '(1 2)))
;; expect: (((() 1) 2) 3) (1 (2 init))
