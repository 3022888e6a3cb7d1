;; Definitions shared by include tests (this file is included, not run on its own).
(define (helper-square x) (* x x))
(define helper-constant 'from-helper)
(define-syntax helper-twice
  (syntax-rules () ((_ e) (begin e e))))
