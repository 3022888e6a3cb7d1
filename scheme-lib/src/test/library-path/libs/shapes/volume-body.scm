;; A library's body, included by shapes/volume.sld; its own include is relative to this file.
(include "volume-helpers.scm")
(define (cube-volume side) (* side (square-area side)))
