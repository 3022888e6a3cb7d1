;; Import sets over the standard libraries: rename, prefix, only and except, for procedures and for syntax.
;; Renaming binds no new variable: the new name is another name of the same global.
(import (rename (scheme base) (car first) (cdr rest) (if if-then-else))
        (prefix (scheme char) ch:)
        (except (scheme write) write-simple)
        (only (srfi 1) take-while)
        (prefix (rename (only (scheme base) list) (list make-list-of)) my-))
(write (list (first '(1 2)) (rest '(1 2)) (ch:char-upcase #\a) (take-while odd? '(1 3 4)) (my-make-list-of 1 2)))
(newline)
;; expect: (1 (2) #\A (1 3) (1 2))
(write (if-then-else (> 2 1) 'yes 'no)) (newline)
;; expect: yes
(write (eq? first car)) (newline)
;; expect: #t
(write (map first '((a) (b)))) (newline)
;; expect: (a b)
;; A program without imports sees everything; one with imports does too (names are never hidden).
(write (string? (symbol->string 'car))) (newline)
;; expect: #t
