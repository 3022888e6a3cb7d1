(define (unused-helper x) x)
