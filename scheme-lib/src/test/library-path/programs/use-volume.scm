(import (scheme base) (scheme write) (shapes volume))
(write (cube-volume 3))
(newline)
