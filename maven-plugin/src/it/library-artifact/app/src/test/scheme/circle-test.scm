(import (scheme base) (srfi 64) (shapes circle))
(test-begin "circle")
(test-equal "area" 12 (circle-area 2))
(test-end "circle")
