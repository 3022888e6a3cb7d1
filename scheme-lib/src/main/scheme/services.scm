;;; Termite's (remote-service name node): an address that `!` accepts like a pid, whose
;;; messages the other node hands to the process published there as `name`. A message for
;;; a name nobody published there is dropped with a warning on that node; the connection and
;;; the other messages are not affected.
;;;
;;; `!` gives such a message to this node's forwarder process (started by the first
;;; remote-service), which keeps one relay process on each node it sends to: messages from
;;; one sender to one service arrive in the order they were sent.

(define-type termite-service-address
  id: termite-service-address
  read-only:
  name
  node)

(define %service-forwarder #f)

(define (remote-service name node)
  (if (not (node? node)) (error "remote-service: expected a node, got" node))
  (if (not %service-forwarder)
      (set! %service-forwarder
            (spawn %service-forward-loop name: 'termite-service-forwarder)))
  (make-termite-service-address name node))

(define (%service-forward-loop)
  (let loop ((relays '()))                  ; ((node . relay-pid) ...)
    (recv
     ((address msg)
      (where (termite-service-address? address))
      (let ((node (termite-service-address-node address))
            (name (termite-service-address-name address)))
        (if (and (current-node) (equal? node (current-node)))
            (begin (%deliver-to-service name msg) (loop relays))
            (let ((relay (cond ((assoc node relays) => cdr)
                               (else (%start-relay node)))))
              (if relay (! relay (list name msg)))
              (loop (if (and relay (not (assoc node relays)))
                        (cons (cons node relay) relays)
                        relays))))))
     (('DOWN _ pid _)
      ;; a relay's node went away: the next message makes a new relay
      (loop (let drop ((l relays))
              (cond ((null? l) '())
                    ((equal? (cdar l) pid) (cdr l))
                    (else (cons (car l) (drop (cdr l))))))))
     (other
      (warning "service forwarder: ignored message " other)
      (loop relays)))))

(define (%start-relay node)
  (with-exception-catcher
   (lambda (e)
     (warning "remote-service: cannot reach " node ": "
              (if (error-object? e) (error-object-message e) e))
     #f)
   (lambda ()
     (let ((relay (%remote-spawn node %service-relay-loop #f 'remote-service)))
       (monitor relay)
       relay))))

(define (%service-relay-loop)
  (recv ((name msg) (%deliver-to-service name msg))
        (other (warning "service relay: ignored message " other)))
  (%service-relay-loop))

(define (%deliver-to-service name msg)
  (let ((pid (%resolve-service name)))
    (if pid
        (! pid msg)
        (warning "remote-service: no service " name " on this node; message dropped: " msg))))
