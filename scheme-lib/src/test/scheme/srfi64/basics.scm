;; SRFI 64: the simple runner reports failures with their place and a summary at the end of the outermost group.
(import (scheme base) (scheme write) (srfi 64))
(test-begin "basics")
(test-equal "sum" 4 (+ 2 2))
(test-eqv 3 (+ 1 2))
(test-eq 'a (car '(a b)))
(test-assert "pair" (pair? '(1)))
(test-approximate "pi" 3.14 (* 4 (atan 1)) 0.01)
(test-error "car of a number" (car 5))
(test-error "error object" 'error (error "boom"))
(test-group "inner"
  (test-equal "wrong on purpose" 5 (+ 2 2))
  (test-assert "raises" (vector-ref (vector) 1)))
(test-expect-fail 1)
(test-equal "expected to fail" 1 2)
(test-skip "skipped")
(test-assert "skipped" #f)
(let ((r (test-runner-current)))
  (write (list (test-runner-pass-count r) (test-runner-fail-count r) (test-runner-xfail-count r)
               (test-runner-skip-count r)))
  (newline))
(test-end "basics")
(write (test-runner-current)) (newline)
;; expect: FAIL wrong on purpose (basics.scm:12): expected 5, got 4
;; expect: FAIL raises (basics.scm:13): raised vector-ref: index out of range:
;; expect: (7 2 1 1)
;; expect: # of expected passes      7
;; expect: # of expected failures    1
;; expect: # of unexpected failures  2
;; expect: # of skipped tests        1
;; expect: #f
