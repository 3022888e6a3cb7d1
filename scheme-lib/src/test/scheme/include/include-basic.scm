;; include splices definitions and macros from other files, at top level and in bodies; include-ci folds case.
(include "helper-defs.scm")
(write (list (helper-square 7) helper-constant)) (newline)
;; expect: (49 from-helper)
(define n 0)
(helper-twice (set! n (+ n 1)))
(write n) (newline)
;; expect: 2
;; include inside a body splices definitions into that body.
(define (local-use)
  (include "sub/sibling.scm")
  (* sibling-value 2))
(write (local-use)) (newline)
;; expect: 82
(include-ci "ci-helper.scm")
(write (list ci-value (eq? 'abc 'ABC))) (newline)
;; expect: (folded #f)
