;; Included from a subdirectory; includes its sibling by a path relative to this file.
(include "sibling.scm")
(define nested-value (+ sibling-value 1))
