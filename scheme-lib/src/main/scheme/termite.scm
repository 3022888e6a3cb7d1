;;; Termite 0.15's process API beyond the runtime's primitives: spawn as a procedure with
;;; keywords, spawn-linked-to, shutdown!, alive?, wait-for, ping, node defaults.

;; (spawn thunk links: pids name: symbol), the procedure that the spawn macro's value and
;; keyword forms call; links: get the new process's abnormal exit (one-way links).
(define (%spawn-procedure thunk #!key (links '()) (name #f))
  (%spawn-options thunk links name))

;; (spawn-link thunk name: symbol): linked both ways with the caller.
(define (%spawn-link-procedure thunk #!key (name #f))
  (let ((pid (%spawn-options thunk (list (self)) name)))
    (outbound-link pid)
    pid))

;; (spawn-linked-to to thunk name: symbol): the new process's abnormal exit reaches `to`.
(define (spawn-linked-to to thunk #!key (name #f))
  (if (not (pid? to)) (error "spawn-linked-to: expected a process, got" to))
  (%spawn-options thunk (list to) name))

;; Termite's shutdown! tells the links of a normal exit, which ours never raise (as in
;; Erlang), so it is halt!.
(define (shutdown!) (halt!))

;; Whether a process still runs; for one of another node, that node is asked.
(define (alive? pid)
  (if (not (pid? pid)) (error "alive?: expected a process, got" pid))
  (let ((node (%pid-node pid)))
    (if (or (not node) (equal? node (current-node)))
        (process-alive? pid)
        (with-exception-catcher
         (lambda (e) #f)
         (lambda () (on node (lambda () (process-alive? pid))))))))

;; Waits until a process (of this node or another) has ended.
(define (wait-for pid)
  (if (not (pid? pid)) (error "wait-for: expected a process, got" pid))
  (let ((ref (monitor pid)))
    (recv (('DOWN ,ref . _) (void)))))

;; (ping node [timeout]): pong if node answers within timeout seconds (default 1), else
;; no-reply, also when there is no node there. The connection is made by a helper process,
;; so a node that does not answer costs the timeout, never more.
(define (ping node #!optional (timeout 1.0))
  (if (not (node? node)) (error "ping: expected a node, got" node))
  (if (not (real? timeout)) (error "ping: expected a timeout in seconds, got" timeout))
  (if (equal? node (current-node))
      'pong
      (let ((me (self))
            (tag (make-tag)))
        (spawn (lambda ()
                 (with-exception-catcher
                  (lambda (e) #f)
                  (lambda () (%remote-spawn node (lambda () (! me (list tag 'pong))) #f 'ping)))))
        (recv ((,tag 'pong) 'pong)
              (after timeout 'no-reply)))))

;; Termite's default nodes.
(define node1 (make-node "localhost" 3001))
(define node2 (make-node "localhost" 3002))

;; Termite moves the process and leaves a proxy that forwards its messages; ours keeps the
;; pid, and the node it left forwards messages already, so this is migrate-task.
(define (migrate/proxy node) (migrate-task node))

;; Termite's helpers that its own examples use: the time in seconds, and as text (UTC).
(define (now) (time->seconds (current-time)))
(define (formatted-current-time) (%formatted-current-time))
