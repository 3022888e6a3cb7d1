;;; Processes on other nodes. A node listens with (node-init (make-node host port)); then
;;; (remote-spawn node thunk) runs a thunk there, and (on node thunk) runs it and returns its
;;; value here. The thunk travels as a serialized closure: both nodes run the same program.

(define (remote-spawn node thunk)
  (%remote-spawn node thunk #f 'remote-spawn))

(define (remote-spawn-link node thunk)
  (%remote-spawn node thunk #t 'remote-spawn-link))

;; The value of (thunk) computed on node. An error there is raised here, with its message;
;; a node lost meanwhile raises an error too, and so does a timeout (in seconds, as the
;; Gambit talk's rpc takes one) that passes first: the process there is then terminated.
(define (on node thunk #!optional (timeout #f))
  (if (and timeout (not (and (real? timeout) (>= timeout 0))))
      (error "on: expected a timeout in seconds, got" timeout))
  (let* ((me (self))
         (tag (make-tag))
         (pid (%remote-spawn
               node
               (lambda ()
                 (! me (with-exception-catcher
                        (lambda (e)
                          (list tag 'failed
                                (if (error-object? e)
                                    (cons (error-object-message e) (error-object-irritants e))
                                    (list "raised" e))))
                        (lambda () (list tag 'ok (thunk))))))
               #f
               'on))
         (ref (monitor pid)))
    (define (answer outcome)
      (%forget-monitor ref)
      (cond ((eq? (car outcome) 'ok) (cadr outcome))
            ((eq? (car outcome) 'failed)
             (apply error (string-append "on: " (car (cadr outcome))) (cdr (cadr outcome))))
            ((eq? (car outcome) 'down)
             (error "on: the process on the node ended without a value:" node (cadr outcome)))
            (else
             (terminate! pid)
             (error "on: no answer from the node within the timeout:" node timeout))))
    (answer
     (if timeout
         (recv ((,tag 'ok value) (list 'ok value))
               ((,tag 'failed why) (list 'failed why))
               (('DOWN ,ref _ reason) (list 'down reason))
               (after timeout (list 'timeout)))
         (recv ((,tag 'ok value) (list 'ok value))
               ((,tag 'failed why) (list 'failed why))
               (('DOWN ,ref _ reason) (list 'down reason)))))))

;; Ends a monitor of another node's process and takes out its DOWN if it came already: once
;; demonitor returns, no later one is delivered.
(define (%forget-monitor ref)
  (demonitor ref)
  (recv (('DOWN ,ref . _) #t) (after 0 #f)))

;; Moves the calling process to node: its continuation, its unreceived messages and its
;; pid go there, and messages sent to it later follow it. It returns on the other node; if
;; that node cannot run it (its continuation names code the node lacks), it raises an error
;; here instead, and the process goes on here.
(define (migrate-task node)
  (let ((outcome (%migrate (%reach-node node))))
    ;; a process the other node could not start is back here, with the reason
    (if (error-object? outcome) (raise outcome) outcome)))

;; The pid published under name on this node, or on node when one is given; #f if none.
(define (resolve-service name . node)
  (if (and (pair? node) (not (equal? (car node) (current-node))))
      (on (car node) (lambda () (%resolve-service name)))
      (%resolve-service name)))
