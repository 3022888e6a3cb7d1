;; cond-expand: feature identifiers, and/or/not, library clauses, else, and use at top level and in bodies.
(cond-expand (r7rs (display "r7rs")) (else (display "other")))
(newline)
;; expect: r7rs
(cond-expand ((and termite (not no-such-feature)) (display "termite")) (else (display "no")))
(newline)
;; expect: termite
(cond-expand ((or no-such-feature full-unicode) (display "unicode")) (else (display "no")))
(newline)
;; expect: unicode
(cond-expand ((library (scheme base)) (display "has base")) (else (display "no base")))
(newline)
;; expect: has base
(cond-expand ((library (no such lib)) (display "impossible")) (else (display "fallback")))
(newline)
;; expect: fallback
(cond-expand (no-such-feature (define chosen 'a)) (ratios (define chosen 'b)) (else (define chosen 'c)))
(write chosen) (newline)
;; expect: b
;; The first matching clause wins, and clause bodies may hold several forms.
(cond-expand (r7rs (define first-pick 1) (define second-pick 2)) (termite (define first-pick 'no)))
(write (list first-pick second-pick)) (newline)
;; expect: (1 2)
(define (in-body)
  (cond-expand (jvm (define where 'jvm)) (else (define where 'elsewhere)))
  where)
(write (in-body)) (newline)
;; expect: jvm
(write (cond-expand ((not r7rs) 'no) (else 'else-branch))) (newline)
;; expect: else-branch
