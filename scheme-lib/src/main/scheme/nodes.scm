;;; Processes on other nodes. A node listens with (node-init (make-node host port)); then
;;; (remote-spawn node thunk) runs a thunk there, and (on node thunk) runs it and returns its
;;; value here. The thunk travels as a serialized closure; a node that lacks its code gets it
;;; from the node that sent it.

;; Termite's keywords: name: names the new process; links: (list (self)) links it both ways
;; with the caller (a link across nodes is always both ways), other processes are not
;; supported there.
(define (remote-spawn node thunk #!key (links '()) (name #f))
  (let ((link? (cond ((null? links) #f)
                     ((and (pair? links) (null? (cdr links)) (equal? (car links) (self))) #t)
                     (else (error "remote-spawn: links: may only be (list (self)), got" links)))))
    (if (and (current-node) (equal? node (current-node)))
        ;; this node itself, as Termite does
        (%spawn-options thunk links name)
        (%remote-spawn node (%named-thunk thunk name) link? 'remote-spawn))))

(define (remote-spawn-link node thunk #!key (name #f))
  (if (and (current-node) (equal? node (current-node)))
      (let ((pid (%spawn-options thunk (list (self)) name)))
        (outbound-link pid)
        pid)
      (%remote-spawn node (%named-thunk thunk name) #t 'remote-spawn-link)))

(define (%named-thunk thunk name)
  (if name
      (lambda () (process-name-set! (self) name) (thunk))
      thunk))

;; The value of (thunk) computed on node. An error there is raised here, with its message;
;; a node lost meanwhile raises an error too, and so does a timeout (in seconds, as the
;; Gambit talk's rpc takes one) that passes first: the process there is then terminated.
;; On this node itself, the thunk is simply called.
(define (on node thunk #!optional (timeout #f))
  (if (and timeout (not (and (real? timeout) (>= timeout 0))))
      (error "on: expected a timeout in seconds, got" timeout))
  (if (and (current-node) (equal? node (current-node)))
      (thunk)
      (%on-other node thunk timeout)))

(define (%on-other node thunk timeout)
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
