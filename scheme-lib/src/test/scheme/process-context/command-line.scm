;; command-line returns the program name followed by the arguments, as strings.
;; args: alpha beta 42
(define args (command-line))
(write (cdr args)) (newline)
;; expect: ("alpha" "beta" "42")
(write (string? (car args))) (newline)
;; expect: #t
(write (map string->number (cddr args))) (newline)
;; expect: (#f 42)
