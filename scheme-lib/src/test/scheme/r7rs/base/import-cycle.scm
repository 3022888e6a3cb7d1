;; Libraries that import each other are reported, with the chain of imports.
(import (cycle a))
;; error: import cycle: \(cycle a\) imports \(cycle b\) imports \(cycle a\)
