;; Every R7RS-small library is importable by its name, and so are R5RS's and the Termite/Gambit ones.
(import (scheme base) (scheme case-lambda) (scheme char) (scheme complex) (scheme cxr) (scheme eval)
        (scheme file) (scheme inexact) (scheme lazy) (scheme load) (scheme process-context) (scheme read)
        (scheme repl) (scheme time) (scheme write) (scheme r5rs) (termite) (gambit))
(define f (case-lambda ((a) (list 'one a)) ((a b) (list 'two a b))))
(write (list (f 1) (f 1 2) (char-upcase #\a) (magnitude -3) (caddar '((1 2 3))) (exact (floor (sqrt 17)))
             (force (delay-force (delay 5))) (read (open-input-string "sym")) (exact-integer? (current-jiffy))
             (eval '(+ 1 2) (interaction-environment)) (string? (car (command-line))) (procedure? load)
             (file-exists? "no-such-file-here") (procedure? make-table)))
(newline)
;; expect: ((one 1) (two 1 2) #\A 3 3 4 5 sym #t 3 #t #t #f #t)
(write (and (memq 'r7rs (features)) (memq 'full-unicode (features)) #t)) (newline)
;; expect: #t
