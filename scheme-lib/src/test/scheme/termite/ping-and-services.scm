;; ping, remote-service, unpublish-service with Termite's two arguments, node defaults.
(define me (self))
(display (list (node? node1) (node-port node1) (node-port node2) (node-host node1))) (newline)
;; expect: (#t 3001 3002 localhost)

;; a node that is not there: no-reply, within the timeout
(define start (current-jiffy))
(display (ping (make-node "localhost" 1) 1/2)) (newline)
;; expect: no-reply
(display (< (/ (- (current-jiffy) start) (jiffies-per-second)) 3)) (newline)
;; expect: #t

;; node-init without a node listens on a free port
(define here (node-init))
(display (list (node? here) (> (node-port here) 0) (equal? here (current-node)))) (newline)
;; expect: (#t #t #t)
(display (ping here)) (newline)
;; expect: pong

;; a service reached through remote-service (here this node's own)
(define echo (spawn (lambda () (let loop () (recv (x (! me (list 'echo x)))) (loop)))))
(publish-service 'echo echo)
(define addr (remote-service 'echo here))
(! addr 'one)
(! addr 'two)
(display (list (? 2) (? 2))) (newline)
;; expect: ((echo one) (echo two))

;; a message to a missing service is dropped with a warning, and later ones still go
(! (remote-service 'nobody here) 'lost)
(! addr 'three)
(display (? 2)) (newline)
;; expect: (echo three)

;; unpublish-service with a pid removes the name only while it names that pid
(unpublish-service 'echo me)
(display (eq? (resolve-service 'echo) echo))
(unpublish-service 'echo echo)
(display (resolve-service 'echo)) (newline)
;; expect: #t#f

(define (show-error thunk)
  (display (with-exception-catcher error-object-message thunk)) (newline))
(show-error (lambda () (ping 'nowhere)))
;; expect: ping: expected a node, got
(show-error (lambda () (ping node1 'soon)))
;; expect: ping: expected a timeout in seconds, got
(show-error (lambda () (remote-service 'echo "localhost")))
;; expect: remote-service: expected a node, got
(show-error (lambda () (unpublish-service 'echo 5)))
;; expect: unpublish-service: expected a process, got

;; remote-spawn with Termite's keywords, and on, to this node itself
(define far (remote-spawn here (lambda () (! me (process-name (self)))) name: 'far))
(display (list (? 5) (on here (lambda () (+ 1 2))))) (newline)
;; expect: (far 3)
(show-error (lambda () (remote-spawn here (lambda () 1) links: (list 5))))
;; expect: remote-spawn: links: may only be (list (self)), got
