;; read from (scheme read) takes one datum at a time from a port: every kind of datum, shared structure
;; by labels, comments between data, then the end of file object.
(import (scheme base) (scheme read) (scheme write))
(define p (open-input-string
  "42 -1/3 1.5e3 2-3i #t #false #\\x3bb \"s\\x41;\" sym |two words| (a . b) #(1 #(2)) #u8(7 255)
   #; skipped #| block |# '(q) `(a ,b) #0=(x . #0#) #!fold-case FOLDED"))
(let loop ((n 0))
  (let ((d (read p)))
    (cond ((eof-object? d) (write n) (newline))
          ((and (pair? d) (eq? (car d) 'x)) (write (eq? d (cdr d))) (newline) (loop (+ n 1)))
          (else (write d) (newline) (loop (+ n 1))))))
;; expect: 42
;; expect: -1/3
;; expect: 1500.0
;; expect: 2-3i
;; expect: #t
;; expect: #f
;; expect: #\λ
;; expect: "sA"
;; expect: sym
;; expect: |two words|
;; expect: (a . b)
;; expect: #(1 #(2))
;; expect: #u8(7 255)
;; expect: '(q)
;; expect: `(a ,b)
;; expect: #t
;; expect: folded
;; expect: 17
(write (guard (e ((read-error? e) 'read-error)) (read (open-input-string "(1 2")))) (newline)
;; expect: read-error
