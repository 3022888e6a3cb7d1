;; A library in a .scm file: made only of define-library forms, so it is not a program of its own.
(define-library (text banner)
  (export banner with-stars)
  (import (scheme base))
  (begin
    (define (banner s) (string-append "== " s " =="))
    ;; A macro exported to importers.
    (define-syntax with-stars
      (syntax-rules ()
        ((_ e) (string-append "*" e "*"))))))
