;; Non-tail recursion that builds data until the heap is gone. FatalConditionsTest runs it with -Xmx64m: one
;; "error: out of memory" line and exit code 70, within seconds. (No expectations here: under ProgramsTest's
;; default heap it would run for minutes.)
(define (grow n) (cons (make-vector 10 n) (grow (+ n 1))))
(display "start") (newline)
(grow 0)
