(define-library (shapes volume)
  (include-library-declarations "volume-exports.scm")
  (import (scheme base) (shapes area))
  (include "volume-body.scm"))
