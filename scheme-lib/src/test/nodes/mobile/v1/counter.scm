;; Version 1 of a counter service: v2/counter.scm is the same module, changed. Run by MobileCodeTest.
;;   start PORT    starts the counter on the (bare) node there and publishes it as counter
(define version "counter v1")
(define (describe n) (list version n))
(define (counter-loop n)
  (recv ((from 'show) (! from (describe n)) (counter-loop n))
        ('bump (counter-loop (+ n 1)))
        (('upgrade new-loop) (new-loop n))))

(define args (cdr (command-line)))
(define node (make-node "127.0.0.1" (string->number (cadr args))))
(node-init (make-node "127.0.0.1" 0))
(let ((counter (remote-spawn node (lambda () (publish-service 'counter (self)) (counter-loop 0)))))
  (! counter 'bump)
  (! counter 'bump)
  (! counter (list (self) 'show))
  (display (? 10))
  (newline))
