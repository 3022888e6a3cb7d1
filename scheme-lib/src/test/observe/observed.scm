;; A node for the observer's test: a process with two messages it will never receive, four processes that never
;; stop computing (the node is under load), a view, and the observer on a free loopback port. The argument
;; "terminate" lets the page terminate processes. Prints the page's URL, then waits.
(node-init (make-node "127.0.0.1" 0))
(define victim
  (spawn (lambda () (process-name-set! (self) 'victim) (recv (('never) 'done)))))
(! victim 'hello)
(! victim '(a message))
(define (spin i) (spin (+ i 1)))
(do ((i 0 (+ i 1))) ((= i 4))
  (spawn (lambda () (process-name-set! (self) 'spinner) (spin 0))))
(observer-view "greeting" (lambda () "hello from the view"))
(display (observer-start 0 "127.0.0.1" (equal? (cdr (command-line)) '("terminate"))))
(newline)
(thread-sleep! 120)
