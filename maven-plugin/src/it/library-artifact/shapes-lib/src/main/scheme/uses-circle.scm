;; A program of the library's own project, so that the library's classes are compiled too.
(import (scheme base) (scheme write) (shapes circle))
(write (circle-area 2))
