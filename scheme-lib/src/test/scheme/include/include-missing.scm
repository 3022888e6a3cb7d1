;; Including a file that does not exist is a compile-time error naming the file.
(display "never printed") (newline)
(include "no-such-file.scm")
;; error: no-such-file\.scm
