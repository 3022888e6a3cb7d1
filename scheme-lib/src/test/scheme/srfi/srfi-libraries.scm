;; The SRFIs are importable by their library names, and work with import sets: SRFI 1 lists, 8 receive,
;; 23 error, 28 format, 39 parameters, 69 hash tables, 95 sorting, 98 environment variables.
(import (scheme base) (scheme write)
        (prefix (srfi 1) s1:) (srfi 8) (srfi 23) (srfi 28) (srfi 39) (srfi 69) (srfi 95) (only (srfi 98) get-environment-variable))
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (s1:take-while odd? '(1 3 4 5)) (s1:lset-union eq? '(a) '(b a)) (s1:xcons 1 2))
;; expect: (1 3) (b a) (2 . 1)
(receive (q r . rest) (floor/ 17 5) (show q r rest))
;; expect: 3 2 ()
(show (guard (e ((error-object? e) (list (error-object-message e) (error-object-irritants e)))) (error "srfi 23" 'a 2)))
;; expect: ("srfi 23" (a 2))
(show (format "~a-~s" 'x "y"))
;; expect: "x-\"y\""
(define p (make-parameter 1 (lambda (x) (* x 10))))
(show (p) (parameterize ((p 2)) (p)) (p))
;; expect: 10 20 10
(define h (make-hash-table string=?))
(hash-table-set! h "k" 1)
(define h2 (alist->hash-table '(("j" . 2))))
(hash-table-merge! h h2)
(show (sort (hash-table-keys h) string<?) (eq? (hash-table-equivalence-function h) string=?)
      (procedure? (hash-table-hash-function h2)) (= (string-ci-hash "ABC") (string-ci-hash "abc")))
;; expect: ("j" "k") #t #t #t
(show (sorted? '(1 2 2 3) <) (sorted? #(3 1) <) (merge '(1 4) '(2 3) <) (sort (vector 3 1 2) <))
;; expect: #t #f (1 2 3 4) #(1 2 3)
(show (string? (get-environment-variable "PATH")))
;; expect: #t
