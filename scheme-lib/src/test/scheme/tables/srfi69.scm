;; SRFI 69 hash tables: equal?/eqv?/string tables, update with defaults, walk, fold, conversion and counts.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define h (make-hash-table))
(hash-table-set! h 'a 1)
(hash-table-set! h "str" 2)
(hash-table-set! h '(1 2) 3)
(hash-table-set! h 'a 10)
(show (hash-table-ref h 'a) (hash-table-ref/default h "str" 'none) (hash-table-ref/default h (list 1 2) 'none) (hash-table-size h))
;; expect: 10 2 3 3
(show (hash-table-ref h 'missing (lambda () 'thunk-value)) (hash-table-ref/default h 'missing 'dflt))
;; expect: thunk-value dflt
(show (hash-table-exists? h 'a) (hash-table-exists? h 'b) (hash-table-contains? h "str"))
;; expect: #t #f #t
(hash-table-delete! h 'a)
(show (hash-table-exists? h 'a) (hash-table-count h))
;; expect: #f 2
(hash-table-update! h "str" (lambda (v) (* v 100)))
(hash-table-update!/default h 'counter (lambda (v) (+ v 1)) 0)
(hash-table-update!/default h 'counter (lambda (v) (+ v 1)) 0)
(hash-table-update! h 'fresh (lambda (v) (cons 'x v)) (lambda () '()))
(show (hash-table-ref h "str") (hash-table-ref h 'counter) (hash-table-ref h 'fresh))
;; expect: 200 2 (x)
(show (sort (map (lambda (p) (if (symbol? (car p)) (symbol->string (car p)) (if (string? (car p)) (car p) "list"))) (hash-table->alist h)) string<?))
;; expect: ("counter" "fresh" "list" "str")
(define total 0)
(hash-table-walk (alist->hash-table '((a . 1) (b . 2) (c . 3))) (lambda (k v) (set! total (+ total v))))
(show total)
;; expect: 6
(show (hash-table-fold (alist->hash-table '((x . 5) (y . 6))) (lambda (k v acc) (+ v acc)) 0))
;; expect: 11
(define s (make-hash-table string=? string-hash))
(hash-table-set! s (string #\k) 'v)
(show (hash-table-ref/default s "k" #f) (sort (hash-table-keys (alist->hash-table '((1 . a) (2 . b)))) <) (sort (hash-table-values (alist->hash-table '((1 . 3) (2 . 4)))) <))
;; expect: v (1 2) (3 4)
(define q (make-hash-table eq?))
(define key (list 1))
(hash-table-set! q key 'found)
(show (hash-table-ref/default q key #f) (hash-table-ref/default q (list 1) #f))
;; expect: found #f
(show (guard (e (#t 'missing-key-error)) (hash-table-ref h 'nope)))
;; expect: missing-key-error
(define c (hash-table-copy (alist->hash-table '((a . 1)))))
(hash-table-set! c 'b 2)
(show (hash-table-size c) (hash-table? c) (hash-table? '()))
;; expect: 2 #t #f
;; Many keys, including bignums and flonums.
(define big (make-hash-table))
(do ((i 0 (+ i 1))) ((= i 10000)) (hash-table-set! big (* i (expt 10 20)) i))
(show (hash-table-size big) (hash-table-ref/default big (* 9999 (expt 10 20)) #f) (hash-table-ref/default (alist->hash-table (list (cons 1.5 'f))) 1.5 #f))
;; expect: 10000 9999 f
