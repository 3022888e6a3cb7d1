;; Compiled by the testCompile goal into target/test-classes.
(define (check name actual expected)
  (if (not (equal? actual expected)) (error "check failed" name actual expected)))
(check 'addition (+ 1 2) 3)
