;; Compiles: its classes are written although other files fail.
(display "fine")
(newline)
