;; The program: its greeting comes from a fragment that is not a module.
(include "greeting.inc")
(display greeting)
(newline)
