;; define-type with an unknown option is a compile error that names it.
(define-type thing colour: red x)
;; error: define-type: unknown option colour:
