;; emergency-exit ends the program at once with the given status: dynamic-wind after thunks do not run,
;; but what was written is not lost.
(import (scheme base) (scheme write) (scheme process-context))
(dynamic-wind
  (lambda () (display "before") (newline))
  (lambda () (emergency-exit 4))
  (lambda () (display "after must not run") (newline)))
(display "not reached") (newline)
;; expect: before
;; error: ^$
