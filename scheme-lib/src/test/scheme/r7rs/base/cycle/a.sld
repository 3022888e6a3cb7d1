(define-library (cycle a) (export a) (import (scheme base) (cycle b)) (begin (define a 1)))
