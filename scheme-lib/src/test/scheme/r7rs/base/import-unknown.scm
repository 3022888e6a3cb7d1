;; Importing a library that is neither standard nor in a file next to the program is a compile error.
(import (scheme base) (no such library))
(display "not reached")
;; error: import-unknown\.scm:2:1: import: unknown library \(no such library\)
;; error: no/such/library\.sld
