;; exit with a number ends the program with that status; outstanding dynamic-wind after thunks run first
;; and output is flushed.
(dynamic-wind
  (lambda () (display "in") (newline))
  (lambda () (exit 3) (display "not reached") (newline))
  (lambda () (display "after ran") (newline)))
(display "not reached either") (newline)
;; expect: in
;; expect: after ran
;; error: ^
