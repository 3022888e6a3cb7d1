(define-library (cycle b) (export b) (import (scheme base) (cycle a)) (begin (define b 2)))
