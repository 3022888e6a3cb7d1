;; (nodes) is the empty list while no other node is connected; node-init's discovery settings are checked before
;; the node listens, and a wrong one is an error that names it.
(define (try thunk)
  (call-with-current-continuation
    (lambda (k)
      (with-exception-handler
        (lambda (e)
          (display (error-object-message e))
          (for-each (lambda (i) (display " ") (write i)) (error-object-irritants e))
          (k (newline)))
        thunk))))
(write (nodes)) (newline)
(monitor-nodes)
(monitor-nodes #f)
(define here (make-node "127.0.0.1" 0))
(try (lambda () (node-init here colour: 'red)))
(try (lambda () (node-init here discover:)))
(try (lambda () (node-init here discover: 'carrier-pigeon)))
(try (lambda () (node-init here seeds: '("no-port"))))
(try (lambda () (node-init here seeds: '(4000))))
(try (lambda () (node-init here dns: 4000)))
(write (current-node)) (newline)
;; expect: ()
;; expect: node-init: unknown setting colour: (known: discover:, seeds:, dns:, cluster:)
;; expect: node-init: settings come in pairs (setting: value), got an odd number
;; expect: node-init: discovery: discovery mode must be multicast, broadcast or off, not carrier-pigeon
;; expect: node-init: discovery: a seed must be host:port, not no-port
;; expect: node-init: expected a string for seeds:, got 4000
;; expect: node-init: expected a list of strings for dns:, got 4000
;; expect: #f
