;; SRFI 1 runs when one of its names is first used. A program that defines one of its names before that keeps its
;; own definition, as it would had SRFI 1 run at start-up; the other names are SRFI 1's; eval and set! reach them.
(define (xcons a b) (list 'mine a b))
(display (alist-copy '((a . 1) (b . 2)))) (newline)
(display (xcons 1 2)) (newline)
(display (take '(1 2 3 4) 2)) (newline)
(display ((eval 'drop (interaction-environment)) '(1 2 3 4) 3)) (newline)
(set! unfold-right (lambda args 'replaced))
(display (unfold-right 1 2 3 4)) (newline)
(display (procedure? test-runner-current)) (newline)
;; expect: ((a . 1) (b . 2))
;; expect: (mine 1 2)
;; expect: (1 2)
;; expect: (4)
;; expect: replaced
;; expect: #t
