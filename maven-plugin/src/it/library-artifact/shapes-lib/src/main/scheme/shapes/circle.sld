(define-library (shapes circle)
  (export circle-area)
  (import (scheme base))
  (include "circle-body.scm"))
