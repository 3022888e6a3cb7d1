;; The crash.scm example of README.md, whose output there must be what this prints: the first line of the
;; backtrace has the column of the failing expression.
(define (crash x)
  (display (car x)))
(display "before")
(newline)
(crash 5)
;; expect: before
;; error: ^error: car: expected a pair, got 5\n  at readme-crash\.scm:4:12 \(in crash\)\n$
