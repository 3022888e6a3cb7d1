;; A handler that returns from a non-continuable raise is itself an error (R7RS 6.11): a secondary
;; exception is raised in the same dynamic environment as the handler.
(display "before") (newline)
(with-exception-handler
  (lambda (e) 'ignored)
  (lambda () (raise 'first)))
(display "not reached") (newline)
;; expect: before
;; error: non-continuable|returned
