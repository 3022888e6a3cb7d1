;; Imports a sibling library by its full name, and splits its declarations with include and cond-expand.
(define-library (shapes area)
  (export square-area circle-area unit shape-kind)
  (import (scheme base) (util counter))
  (include "area-body.scm")
  (cond-expand
    (termite (begin (define shape-kind 'termite-shapes)))
    (else (begin (define shape-kind 'other-shapes))))
  (include-library-declarations "area-exports.scm"))
