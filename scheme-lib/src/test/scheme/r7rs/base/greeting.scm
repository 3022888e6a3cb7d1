;; A program and the library it imports share a name; their classes must not collide.
(import (scheme base) (scheme write) (greeting))
(display (hi)) (newline)
;; expect: hi from the library
