;;; The generic server, after Termite's make-server-plugin and Erlang's gen_server: a
;;; process that holds a state and changes it only through the procedures of a plugin.
;;;
;;;   (init args)               -> the first state
;;;   (call request state)      -> (values reply state), or (values reply state reason)
;;;                                to reply and then stop
;;;   (cast message state)      -> state, or (values state reason) to stop
;;;   (terminate reason state)  runs once when the server stops by request or by error
;;;   (info message state)      optional, like cast, for any other message; without it
;;;                             such messages are dropped
;;;
;;; A call is answered with (tag reply), the reply shape of !?, so a call handler that
;;; returns server:no-reply can answer later with server:reply. Stopping with the reason
;;; normal or shutdown ends the process normally; any other reason is raised after
;;; terminate, so the exit is abnormal and linked processes hear of it. An error in a
;;; handler runs terminate with the raised object, then ends the process with it.
;;;
;;; Library code here calls only %-named helpers and primitives, because a program's own
;;; top-level definitions replace same-named library procedures everywhere.

(define-record-type server-plugin
  (%make-server-plugin init call cast terminate info)
  server-plugin?
  (init %plugin-init)
  (call %plugin-call)
  (cast %plugin-cast)
  (terminate %plugin-terminate)
  (info %plugin-info))

(define (make-server-plugin init call cast terminate #!optional (info #f))
  (%check-procedure "make-server-plugin" init)
  (%check-procedure "make-server-plugin" call)
  (%check-procedure "make-server-plugin" cast)
  (%check-procedure "make-server-plugin" terminate)
  (if info (%check-procedure "make-server-plugin" info))
  (%make-server-plugin init call cast terminate info))

;; What clients send. A record, so no message a program sends can be taken for one.
(define-record-type %server-message
  (%make-server-message kind from tag body)
  %server-message?
  (kind %server-message-kind)
  (from %server-message-from)
  (tag %server-message-tag)
  (body %server-message-body))

;; A handler's request to stop, distinct from any state it could return.
(define-record-type %server-stop
  (%make-server-stop reason)
  %server-stop?
  (reason %server-stop-reason))

(define %absent (list 'absent))

(define server:no-reply (list 'server:no-reply))

;; The caller of the call being handled: (pid . tag).
(define %server-caller (make-parameter #f))

(define (server:caller)
  (or (%server-caller) (error "server:caller: not inside a call handler")))

(define (server:reply caller reply)
  (! (car caller) (list (cdr caller) reply)))

;;; Starting. The starter waits until init has run, so a server:start that returns hands
;;; out a server that is ready, and an error in init is raised in the starter.

(define (server:start plugin args #!key (name #f))
  (%server-start plugin args name #f))

(define (server:start-link plugin args #!key (name #f))
  (%server-start plugin args name #t))

(define (%server-start plugin args name link?)
  (if (not (server-plugin? plugin))
      (error "server:start: expected a server plugin, got" plugin))
  (let* ((starter (self))
         (tag (make-tag))
         (mark (%mailbox-mark))
         (body (lambda () (%server-main plugin args name starter tag (and link? starter))))
         (pid (if link? (spawn-link body) (spawn body)))
         (ref (monitor pid)))
    (%receive-from
     mark
     (lambda (m)
       (cond ((and (pair? m) (equal? (car m) tag) (pair? (cdr m)))
              (lambda ()
                (%demonitor-flush ref mark pid)
                (if (eq? (cadr m) 'ok) pid (raise (caddr m)))))
             ((%down-of? m ref)
              (lambda () (error "server:start: the server exited during init:" (cadddr m))))
             (else #f)))
     #f
     #f)))

(define (%server-main plugin args name starter tag parent)
  (if name (process-name-set! (self) name))
  (let ((state (with-exception-catcher
                (lambda (e) (! starter (list tag 'error e)) %init-failed)
                (lambda () ((%plugin-init plugin) args)))))
    ;; After a failed init the starter raises the error; this process just ends.
    (if (not (eq? state %init-failed))
        (begin
          (! starter (list tag 'ok))
          (%server-loop plugin state parent)))))

(define %init-failed (list 'init-failed))

;;; The loop. Each message is handled under a handler that runs terminate before the
;;; error ends the process (as uncaught, so the log shows where it was first raised); the
;;; loop itself runs outside the handler, so it stays a loop.

(define (%server-loop plugin state parent)
  (let ((next (with-exception-handler
               (lambda (e)
                 ((%plugin-terminate plugin) e state)
                 (%uncaught e))
               (lambda () (%server-handle plugin (?) state parent)))))
    (if (%server-stop? next)
        (let ((reason (%server-stop-reason next)))
          (if (not (memq reason '(normal shutdown))) (raise reason)))
        (%server-loop plugin next parent))))

(define (%server-handle plugin msg state parent)
  (cond ((%server-message? msg)
         (case (%server-message-kind msg)
           ((call) (%server-handle-call plugin msg state))
           ((cast) (%server-handle-cast (%plugin-cast plugin) (%server-message-body msg) state plugin))
           ((stop) (%server-stopping plugin (%server-message-body msg) state))
           (else state)))
        ((and parent (termite-exception? msg) (equal? (termite-exception-origin msg) parent))
         (%server-stopping plugin msg state))
        ((%plugin-info plugin)
         (%server-handle-cast (%plugin-info plugin) msg state plugin))
        (else state)))

(define (%server-handle-call plugin msg state)
  (let ((caller (cons (%server-message-from msg) (%server-message-tag msg))))
    (call-with-values
        (lambda ()
          (parameterize ((%server-caller caller))
            ((%plugin-call plugin) (%server-message-body msg) state)))
      (lambda results
        (if (not (and (pair? results) (pair? (cdr results)) (%short? (cddr results))))
            (error "server: a call handler must return (values reply state [reason]), got" results))
        (if (not (eq? (car results) server:no-reply))
            (server:reply caller (car results)))
        (if (pair? (cddr results))
            (%server-stopping plugin (caddr results) (cadr results))
            (cadr results))))))

(define (%server-handle-cast handler message state plugin)
  (call-with-values
      (lambda () (handler message state))
    (lambda results
      (if (not (and (pair? results) (%short? (cdr results))))
          (error "server: a cast or info handler must return state or (values state reason), got" results))
      (if (pair? (cdr results))
          (%server-stopping plugin (cadr results) (car results))
          (car results)))))

(define (%short? l) (or (null? l) (null? (cdr l))))

(define (%server-stopping plugin reason state)
  ((%plugin-terminate plugin) reason state)
  (%make-server-stop reason))

;;; Clients. A call monitors the server, so a call to a server that is gone, or that dies
;;; before answering, fails at once instead of waiting for its timeout. Replies and DOWN
;;; messages can only come after the request, so the scan starts at a mark taken then.

(define (server:call server request #!optional (timeout 5) (default %absent))
  (%server-request "server:call" server 'call request timeout default))

(define (server:cast server message)
  (! server (%make-server-message 'cast #f #f message)))

(define (server:stop server #!optional (reason 'normal) (timeout 5))
  (%check-server "server:stop" server)
  (let* ((mark (%mailbox-mark))
         (ref (monitor server)))
    (! server (%make-server-message 'stop (self) #f reason))
    (if (not (with-exception-handler
              (lambda (e)
                (%demonitor-flush ref mark server)
                (raise-continuable e))
              (lambda ()
                (%receive-from mark
                               (lambda (m) (and (%down-of? m ref) (lambda () #t)))
                               (%deadline timeout)
                               (lambda () #f)))))
        (begin (%demonitor-flush ref mark server)
               (error "server:stop: the server did not stop in time:" server)))))

(define (%server-request who server kind body timeout default)
  (%check-server who server)
  (if (equal? server (self)) (error (string-append who ": a server cannot call itself:") body))
  (let* ((mark (%mailbox-mark))
         (ref (monitor server))
         (tag (make-tag)))
    (! server (%make-server-message kind (self) tag body))
    ;; An exit from a linked process can be raised while waiting: end the monitor then too.
    (let ((result (with-exception-handler
                   (lambda (e)
                     (%demonitor-flush ref mark server)
                     (raise-continuable e))
                   (lambda ()
                     (%receive-from
                      mark
                      (lambda (m)
                        (cond ((and (pair? m) (equal? (car m) tag) (pair? (cdr m)))
                               (lambda () (list (cadr m))))
                              ((%down-of? m ref)
                               (lambda () (cadddr m)))
                              (else #f)))
                      (%deadline timeout)
                      (lambda () %absent))))))
      (cond ((eq? result %absent)
             (%demonitor-flush ref mark server)
             (if (eq? default %absent)
                 (error (string-append who ": timeout waiting for the server:") server body)
                 default))
            ((pair? result)
             (%demonitor-flush ref mark server)
             (car result))
            (else
             (error (string-append who ": the server exited:") server result))))))

(define (%check-server who server)
  (if (not (process? server)) (error (string-append who ": expected a process, got") server)))

(define (%down-of? m ref)
  (and (pair? m) (eq? (car m) 'DOWN) (pair? (cdr m)) (equal? (cadr m) ref)
       (pair? (cddr m)) (pair? (cdddr m))))

;; Ends a monitor and takes out its DOWN message. A process seen dead before demonitor has
;; had its monitors taken, so its DOWN is sure to come and is waited for; one that dies
;; between the look and demonitor can still leave a DOWN behind.
(define (%demonitor-flush ref mark pid)
  (let ((dead (not (process-alive? pid))))
    (demonitor ref)
    (%receive-from mark
                   (lambda (m) (and (%down-of? m ref) (lambda () #t)))
                   (%deadline (if dead 1 0))
                   (lambda () #f))))
