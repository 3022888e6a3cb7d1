;; sort (Gambit order: sequence first), list-sort (R7RS-large/SRFI 132 order), stability, vectors, merge.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (sort '(3 1 2) <) (sort '() <) (sort '(1) <) (sort (vector 5 2 9 1) <))
;; expect: (1 2 3) () (1) #(1 2 5 9)
(show (list-sort < '(3 1 2)) (sort '("pear" "apple" "fig") string<?))
;; expect: (1 2 3) ("apple" "fig" "pear")
;; Stability: equal keys keep their original order.
(show (sort '((1 . a) (0 . b) (1 . c) (0 . d)) (lambda (x y) (< (car x) (car y)))))
;; expect: ((0 . b) (0 . d) (1 . a) (1 . c))
;; sort does not modify its argument.
(define orig (list 3 2 1))
(define sorted (sort orig <))
(show orig sorted)
;; expect: (3 2 1) (1 2 3)
(show (merge '(1 3 5) '(2 4 6) <))
;; expect: (1 2 3 4 5 6)
(define big (let loop ((i 0) (acc '())) (if (= i 100000) acc (loop (+ i 1) (cons (modulo (* i 7919) 100003) acc)))))
(define sb (sort big <))
(show (length sb) (car sb) (let check ((l sb)) (or (null? (cdr l)) (and (<= (car l) (cadr l)) (check (cdr l))))))
;; expect: 100000 0 #t
(define v (vector 4 3 2 1))
(sort! v <)
(show v)
;; expect: #(1 2 3 4)
