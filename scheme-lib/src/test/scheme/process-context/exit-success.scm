;; (exit #t) and (exit 0) end the program successfully, skipping the rest of the program.
(display "done") (newline)
(exit #t)
(display "skipped") (newline)
;; expect: done
