;; Another program, started by MobileCodeTest after the sender that left a service on the node
;; has ended: the service still runs the sender's code there.
;;   use PORT
(define args (cdr (command-line)))
(define node (make-node "127.0.0.1" (string->number (cadr args))))
(node-init (make-node "127.0.0.1" 0))
(let ((keeper (resolve-service 'keeper node)))
  (! keeper (list (self) 'next))
  (! keeper (list (self) 'next))
  (display (list (? 5) (? 5)))
  (newline))
