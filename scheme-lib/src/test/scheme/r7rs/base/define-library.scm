;; define-library and import: libraries in files next to the program ((util counter) is util/counter.sld),
;; import sets, exported macros, and library bodies that run once, in dependency order, before the
;; importer's body.
(import (scheme base) (scheme write)
        (only (util counter) make-counter next!)
        (prefix (only (util counter) count-twice grand-total) c:))
(display "main starts") (newline)
;; expect: util counter ready
;; expect: main starts
(define c (make-counter))
(next! c)
(c:count-twice c)
(write (list (next! c) c:grand-total)) (newline)
;; expect: (4 4)
(import (shapes area))
(write (list (square-area 3) (circle-area 1) unit shape-kind)) (newline)
;; expect: (9 355/113 1 termite-shapes)
;; A library defined in the program itself.
(define-library (local greeting)
  (export greet)
  (import (scheme base))
  (begin (define (greet who) (string-append "hello, " who))))
(import (rename (local greeting) (greet say-hello)))
(write (say-hello "world")) (newline)
;; expect: "hello, world"
;; Importing a library again neither recompiles nor reruns it.
(import (util counter))
(write (next! (make-counter))) (newline)
;; expect: 1
