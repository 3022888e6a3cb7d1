;; A match clause without a body is a compile error.
(match 1 (x))
;; error: a match clause needs a body
