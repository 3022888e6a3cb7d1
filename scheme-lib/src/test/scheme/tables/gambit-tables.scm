;; Gambit tables: make-table with test and init options, table-ref defaults, table-set! removal, conversion.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define t (make-table))
(table-set! t 'a 1)
(table-set! t "b" 2)
(show (table-ref t 'a) (table-ref t "b") (table-ref t 'zz 'default) (table-length t))
;; expect: 1 2 default 2
;; table-set! with only a key removes the entry.
(table-set! t 'a)
(show (table-ref t 'a #f) (table-length t))
;; expect: #f 1
(show (guard (e (#t 'unbound-key)) (table-ref t 'missing)))
;; expect: unbound-key
(define e (make-table test: eq?))
(define k (string #\x))
(table-set! e k 'yes)
(show (table-ref e k #f) (table-ref e "x" #f))
;; expect: yes #f
(define d (make-table init: 0))
(table-set! d 'n (+ 1 (table-ref d 'n)))
(show (table-ref d 'n) (table-ref d 'other))
;; expect: 1 0
(define l (list->table '((x . 1) (y . 2))))
(show (sort (map cdr (table->list l)) <) (table? l) (table? 5))
;; expect: (1 2) #t #f
(define sum 0)
(table-for-each (lambda (k v) (set! sum (+ sum v))) l)
(show sum)
;; expect: 3
(define cp (table-copy l))
(table-set! cp 'z 3)
(show (table-length l) (table-length cp))
;; expect: 2 3
