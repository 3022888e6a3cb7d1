;; A program that imports two libraries of its project, one of them a macro's.
(import (scheme base) (scheme write) (shapes area) (text banner))
(display (banner "shapes")) (newline)
(display (list (square-area 3) (circle-area 2))) (newline)
(display (with-stars "done")) (newline)
