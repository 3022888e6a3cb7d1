;; Data held by processes: dictionaries and cells, used by many processes at once.
(define me (self))

;; dictionaries
(define d (make-dict))
(display (process? d)) (newline)
;; expect: #t
(dict-set! d 'a 1)
(dict-set! d "b" 2)
(dict-set! d '(c d) 3)
(write (list (dict-ref d 'a) (dict-ref d "b") (dict-ref d (list 'c 'd)) (dict-ref d 'missing) (dict-ref d 'missing 'none)))
(newline)
;; expect: (1 2 3 #f none)
(display (dict-length d)) (newline)
;; expect: 3
(dict-set! d 'a 10)
(display (dict-ref d 'a)) (newline)
;; expect: 10
;; dict-set! without a value removes the key, as does dict-delete!
(dict-set! d 'a)
(dict-delete! d "b")
(write (dict->list d)) (newline)
;; expect: (((c d) . 3))
(display (dict-update! d 'n (lambda (x) (+ x 1)) 0)) (newline)
;; expect: 1
(display (dict-update! d 'n (lambda (x) (* x 10)))) (newline)
;; expect: 10
;; an update that fails raises in the caller and leaves the dictionary as it was
(display (guard (e ((error-object? e) (error-object-message e))) (dict-update! d 'n (lambda (x) (car x))))) (newline)
;; expect: car: expected a pair, got
(display (dict-ref d 'n)) (newline)
;; expect: 10
(display (dict-search (lambda (k v) (and (number? v) (> v 5) k)) d)) (newline)
;; expect: n
(define keys '())
(dict-for-each (lambda (k v) (set! keys (cons k keys))) d)
(display (length keys)) (newline)
;; expect: 2
(define named (make-dict name: 'phone-book))
(display (process-name named)) (newline)
;; expect: phone-book

;; twenty processes write a hundred keys each
(define shared (make-dict))
(for-each (lambda (i)
            (spawn (let loop ((k 0))
                     (if (< k 100)
                         (begin (dict-set! shared (list i k) (* i k)) (loop (+ k 1)))
                         (! me (dict-ref shared (list i 99)))))))
          (iota 20))
(display (let loop ((i 0) (sum 0)) (if (= i 20) sum (loop (+ i 1) (+ sum (?)))))) (newline)
;; expect: 18810
(display (dict-length shared)) (newline)
;; expect: 2000

;; cells
(define c (make-cell 1))
(display (cell-ref c)) (newline)
;; expect: 1
(cell-set! c 'two)
(display (cell-ref c)) (newline)
;; expect: two
(define empty (make-cell))
(display (list (cell-empty? empty) (cell-ref empty))) (newline)
;; expect: (#t #!void)
(cell-set! empty 5)
(display (cell-empty? empty)) (newline)
;; expect: #f
(cell-empty! empty)
(display (cell-empty? empty)) (newline)
;; expect: #t

;; cell-update! is atomic: 20 processes add 1 fifty times each
(define total (make-cell 0))
(for-each (lambda (i)
            (spawn (let loop ((k 0))
                     (if (< k 50)
                         (begin (cell-update! total (lambda (v) (+ v 1))) (loop (+ k 1)))
                         (! me 'done)))))
          (iota 20))
(let loop ((i 0)) (if (< i 20) (begin (recv ('done #t)) (loop (+ i 1)))))
(display (cell-ref total)) (newline)
;; expect: 1000
(display (guard (e (#t (list 'raised e))) (cell-update! total (lambda (v) (raise 'no))))) (newline)
;; expect: (raised no)
(display (cell-ref total)) (newline)
;; expect: 1000

;; a cell or dictionary whose process is gone: reads fail at once
(terminate! c)
(display (guard (e ((error-object? e) (error-object-message e))) (cell-ref c))) (newline)
;; expect: server:call: the server exited:
