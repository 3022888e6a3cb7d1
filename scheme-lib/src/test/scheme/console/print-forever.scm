;; Prints lines until standard output is closed. FatalConditionsTest reads three lines and closes the pipe:
;; the program must end quietly with exit code 141, as a C program killed by SIGPIPE.
(let loop ((i 0))
  (display "line ") (display i) (newline)
  (loop (+ i 1)))
