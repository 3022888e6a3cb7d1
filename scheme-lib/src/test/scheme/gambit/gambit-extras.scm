;; Gambit procedures Termite programs use: keywords, void, random numbers, time, host-name,
;; with-exception-catcher, read-all, table-search and table-update!.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (string->keyword "name") (keyword? name:) (keyword? 'name) (keyword->string size:))
;; expect: name: #t #f "size"
(show (eq? (void) (if #f #f)))
;; expect: #t
(define r (random-integer 10))
(define x (random-real))
(show (and (exact-integer? r) (<= 0 r 9)) (and (inexact? x) (< 0 x 1)))
;; expect: #t #t
(define t (time->seconds (current-time)))
(show (real? t) (> t 1.5e9) (string? (host-name)) (> (string-length (host-name)) 0))
;; expect: #t #t #t #t
(show (with-exception-catcher (lambda (e) (list 'caught (error-exception-message e))) (lambda () (error "bad thing" 1))))
;; expect: (caught "bad thing")
(show (with-exception-catcher (lambda (e) e) (lambda () (raise 'raised))))
;; expect: raised
(show (read-all (open-input-string "1 (2 3) \"four\" five")))
;; expect: (1 (2 3) "four" five)
(show (read-all (open-input-string "ab\nc") read-char))
;; expect: (#\a #\b #\newline #\c)
(define table (list->table '((a . 1) (b . 2) (c . 3))))
(show (table-search (lambda (k v) (and (> v 1) k)) table) (table-search (lambda (k v) (> v 5)) table))
;; expect: b #f
(table-update! table 'a (lambda (v) (* v 10)))
(table-update! table 'z (lambda (v) (+ v 1)) (lambda () 100))
(show (table-ref table 'a) (table-ref table 'z))
;; expect: 10 101
