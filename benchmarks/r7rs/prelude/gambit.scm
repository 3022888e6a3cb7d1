;;; Gambit: getenv takes a default for a variable that is not set.
(define (bench-getenv name) (getenv name #f))
