;; An uncaught error from `error` prints the message and irritants with the position and exits non-zero;
;; output written before the error is kept.
(display "partial output") (newline)
(define (check-positive n)
  (if (< n 0) (error "negative value:" n 'in-check) n))
(write (check-positive 5)) (newline)
(check-positive -3)
(display "not reached") (newline)
;; expect: partial output
;; expect: 5
;; error: negative value: -3 in-check
;; error: uncaught-error\.scm:5
