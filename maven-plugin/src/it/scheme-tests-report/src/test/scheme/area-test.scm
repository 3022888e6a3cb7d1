(import (scheme base) (srfi 64) (geometry area))
(test-begin "area")
(test-equal "square" 9 (rectangle-area 3 3))
(test-group "degenerate"
  (test-equal "zero width" 0 (rectangle-area 0 5)))
(test-end "area")
