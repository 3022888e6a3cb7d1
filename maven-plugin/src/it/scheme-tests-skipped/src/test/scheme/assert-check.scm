;; A failing assert ends the program with an error: one failed test.
(import (scheme base))
(assert (= 5 (+ 2 2)))
