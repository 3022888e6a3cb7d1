;;; The event manager, after Termite's and Erlang's gen_event: a generic server that holds
;;; a list of event handlers, each with its own state, and passes every event to each of
;;; them in the order they were added.
;;;
;;;   (init args)               -> the handler's first state (args: add-handler's extra arguments)
;;;   (notify event state)      -> state
;;;   (call request state)      -> (values reply state)      optional
;;;   (terminate reason state)  when the handler is removed  optional
;;;
;;; A handler is known by its identity (eq?) and is installed at most once. A handler that
;;; raises is removed (its terminate gets the raised object) and the error is logged; the
;;; manager and the other handlers go on. Requests that fail raise in the caller.

(define-record-type event-handler
  (%make-event-handler init notify call terminate)
  event-handler?
  (init %handler-init)
  (notify %handler-notify)
  (call %handler-call)
  (terminate %handler-terminate))

(define (make-event-handler init notify #!optional (call #f) (terminate #f))
  (%check-procedure "make-event-handler" init)
  (%check-procedure "make-event-handler" notify)
  (if call (%check-procedure "make-event-handler" call))
  (if terminate (%check-procedure "make-event-handler" terminate))
  (%make-event-handler init notify call terminate))

;; A handler that calls (callback event state) for each event and keeps its value as state.
(define (make-simple-event-handler callback initial-state)
  (make-event-handler (lambda (args) initial-state) callback))

;; (event-manager:start [name: NAME] handler ...): each handler is added with no arguments.
(define (event-manager:start . args)
  (%em-start server:start args))

(define (event-manager:start-link . args)
  (%em-start server:start-link args))

(define (%em-start start args)
  (let* ((named (and (pair? args) (eq? (car args) 'name:) (pair? (cdr args))))
         (em (start %event-manager-plugin #f name: (and named (cadr args)))))
    (%for-each1 (lambda (h) (event-manager:add-handler em h)) (if named (cddr args) args))
    em))

(define (event-manager:add-handler em handler . args)
  (if (not (event-handler? handler))
      (error "event-manager:add-handler: expected an event handler, got" handler))
  (%em-request em (list 'add handler args) 'infinity))

(define (event-manager:remove-handler em handler #!optional (reason 'remove))
  (%em-request em (list 'remove handler reason) 'infinity))

(define (event-manager:notify em event)
  (server:cast em event))

;; Returns once every handler has seen the event.
(define (event-manager:sync-notify em event)
  (%em-request em (list 'notify event) 'infinity))

(define (event-manager:call em handler request #!optional (timeout 5))
  (%em-request em (list 'call handler request) timeout))

(define (event-manager:which-handlers em)
  (%em-request em (list 'which-handlers) 'infinity))

(define (event-manager:stop em)
  (server:stop em))

(define (%em-request em request timeout)
  (let ((reply (server:call em request timeout)))
    (if (eq? (car reply) 'ok)
        (cadr reply)
        (apply error (cdr reply)))))

;;; The manager's state is a list of (handler . state), in the order they were added.

(define (%em-call request entries)
  (case (car request)
    ((add)
     (let ((handler (cadr request)))
       (if (assq handler entries)
           (values (list 'error "event-manager:add-handler: the handler is already installed" handler) entries)
           (let ((state (with-exception-catcher
                         (lambda (e) (list %handler-failed e))
                         (lambda () ((%handler-init handler) (caddr request))))))
             (if (and (pair? state) (eq? (car state) %handler-failed))
                 (values (list 'error "event-manager:add-handler: the handler's init failed:"
                               (%describe-condition (cadr state)))
                         entries)
                 (values (list 'ok #t) (append entries (list (cons handler state)))))))))
    ((remove)
     (let ((entry (assq (cadr request) entries)))
       (if entry
           (begin (%em-terminate entry (caddr request))
                  (values (list 'ok #t) (%remove1 (lambda (e) (eq? e entry)) entries)))
           (values (list 'ok #f) entries))))
    ((notify)
     (values (list 'ok #t) (%em-notify (cadr request) entries)))
    ((call)
     (let ((entry (assq (cadr request) entries)))
       (cond ((not entry)
              (values (list 'error "event-manager:call: the handler is not installed" (cadr request)) entries))
             ((not (%handler-call (car entry)))
              (values (list 'error "event-manager:call: the handler takes no calls" (cadr request)) entries))
             (else
              (let ((result (with-exception-catcher
                             (lambda (e) (list %handler-failed e))
                             (lambda ()
                               (call-with-values
                                   (lambda () ((%handler-call (car entry)) (caddr request) (cdr entry)))
                                 list)))))
                (cond ((and (pair? result) (eq? (car result) %handler-failed))
                       (%em-failed entry (cadr result))
                       (values (list 'error "event-manager:call: the handler failed and was removed:"
                                     (%describe-condition (cadr result)))
                               (%remove1 (lambda (e) (eq? e entry)) entries)))
                      ((not (= (length result) 2))
                       (values (list 'error "event-manager:call: a call handler must return (values reply state), got" result)
                               entries))
                      (else
                       (values (list 'ok (car result))
                               (%map1 (lambda (e) (if (eq? e entry) (cons (car e) (cadr result)) e)) entries)))))))))
    ((which-handlers)
     (values (list 'ok (%map1 car entries)) entries))
    (else (values (list 'error "event-manager: unknown request" request) entries))))

(define %handler-failed (list 'handler-failed))

;; Passes an event to each handler; those that fail are left out of the result.
(define (%em-notify event entries)
  (let loop ((l entries) (acc '()))
    (if (null? l)
        (reverse acc)
        (let* ((entry (car l))
               (state (with-exception-catcher
                       (lambda (e) (list %handler-failed e))
                       (lambda () ((%handler-notify (car entry)) event (cdr entry))))))
          (if (and (pair? state) (eq? (car state) %handler-failed))
              (begin (%em-failed entry (cadr state))
                     (loop (cdr l) acc))
              (loop (cdr l) (cons (cons (car entry) state) acc)))))))

(define (%em-failed entry condition)
  (let ((port (current-error-port)))
    (display "event manager " port)
    (write (self) port)
    (display ": a handler failed and was removed: " port)
    (display (%describe-condition condition) port)
    (newline port))
  (%em-terminate entry condition))

;; Runs a handler's terminate; an error there only ends that handler, never the manager.
(define (%em-terminate entry reason)
  (let ((terminate (%handler-terminate (car entry))))
    (if terminate
        (with-exception-catcher (lambda (e) #f) (lambda () (terminate reason (cdr entry)))))))

(define (%describe-condition c)
  (if (error-object? c)
      (let ((out (open-output-string)))
        (display (error-object-message c) out)
        (%for-each1 (lambda (x) (display " " out) (write x out)) (error-object-irritants c))
        (get-output-string out))
      c))

(define %event-manager-plugin
  (make-server-plugin
   (lambda (args) '())
   %em-call
   (lambda (event entries) (%em-notify event entries))
   (lambda (reason entries)
     (%for-each1 (lambda (entry) (%em-terminate entry 'stop)) entries))))
