;; An uncaught raise of a non-condition names the object and exits non-zero.
(display "start") (newline)
(define (f x) (raise (list 'bad x)))
(f 42)
;; expect: start
;; error: uncaught exception: \(bad 42\)
;; error: uncaught-raise\.scm:3
