;;; Processes on other nodes. A node listens with (node-init (make-node host port)); then
;;; (remote-spawn node thunk) runs a thunk there, and (on node thunk) runs it and returns its
;;; value here. The thunk travels as a serialized closure: both nodes run the same program.

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
;; a node lost meanwhile raises an error too.
(define (on node thunk)
  (if (and (current-node) (equal? node (current-node)))
      (thunk)
      (%on-other node thunk)))

(define (%on-other node thunk)
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
    (recv ((,tag 'ok value) (%forget-monitor ref) value)
          ((,tag 'failed why)
           (%forget-monitor ref)
           (apply error (string-append "on: " (car why)) (cdr why)))
          (('DOWN ,ref _ reason) (error "on: the process on the node ended without a value:" node reason)))))

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
