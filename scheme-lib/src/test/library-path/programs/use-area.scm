(import (scheme base) (scheme write) (shapes area))
(write (square-area 7))
(newline)
