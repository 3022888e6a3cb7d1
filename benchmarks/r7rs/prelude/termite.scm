;;; Termite: SRFI 98's get-environment-variable and R7RS exit are built in.
(define (bench-getenv name) (get-environment-variable name))
