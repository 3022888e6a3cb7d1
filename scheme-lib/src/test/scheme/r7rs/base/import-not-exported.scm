;; Asking an import set for a name the library does not export is a compile error naming both.
(import (only (scheme base) car no-such-procedure))
;; error: no-such-procedure is not exported by \(scheme base\)
