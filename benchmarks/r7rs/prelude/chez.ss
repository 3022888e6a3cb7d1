;;; Chez Scheme: getenv returns #f for a variable that is not set.
(define (bench-getenv name) (getenv name))
