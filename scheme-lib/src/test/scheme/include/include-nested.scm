;; A nested include resolves its file name relative to the directory of the file that contains it
;; (R7RS 4.1.7 encourages this; sub/nested-helper.scm includes its sibling as "sibling.scm").
(include "sub/nested-helper.scm")
(write nested-value) (newline)
;; expect: 42
