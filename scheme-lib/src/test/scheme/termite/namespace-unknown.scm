;; A namespace we do not define is a compile error that says so.
(display (gambit#car '(1 2)))
;; error: unknown namespace gambit# in gambit#car
