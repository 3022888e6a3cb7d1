;; A library with private state, an exported macro whose template uses a private helper, and a body that
;; must run once, before the first importer's body.
(define-library (util counter)
  (export make-counter next! count-twice (rename total grand-total))
  (import (scheme base) (scheme write))
  (begin
    (define total 0)
    (define (bump! c) (set-car! c (+ (car c) 1)) (set! total (+ total 1)) (car c))
    (define (make-counter) (list 0))
    (define (next! c) (bump! c))
    (define-syntax count-twice
      (syntax-rules () ((_ c) (begin (bump! c) (bump! c)))))
    (display "util counter ready") (newline)))
