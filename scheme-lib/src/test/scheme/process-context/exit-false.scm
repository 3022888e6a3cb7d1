;; (exit #f) signals failure.
(write-string "bye")
(newline)
(exit #f)
;; expect: bye
;; error: ^
