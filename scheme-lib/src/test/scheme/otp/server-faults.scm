;; The generic server when things go wrong: errors in init and in handlers, calls to a
;; server that is gone or dies meanwhile, linked servers, abnormal stop reasons.
(define me (self))
(define (message-of thunk)
  (guard (e ((error-object? e) (error-object-message e))
            ((termite-exception? e) (list 'exit (termite-exception-reason e)))
            (#t (list 'raised e)))
    (thunk)))

(define plugin
  (make-server-plugin
   (lambda (args) (if (eq? args 'fail) (error "cannot start") args))
   (lambda (request state)
     (case request
       ((crash) (values (car '()) state))
       ((raise) (raise 'raised-in-call))
       ((bad) 'only-one-value)
       ((state) (values state state))))
   (lambda (message state)
     (if (eq? message 'crash) (vector-ref (vector) 1) state))
   (lambda (reason state) (! me (list 'terminate reason)))))

;; an error in init is raised in the caller of server:start
(display (message-of (lambda () (server:start plugin 'fail)))) (newline)
;; expect: cannot start
(display (message-of (lambda () (server:start 'not-a-plugin 1)))) (newline)
;; expect: server:start: expected a server plugin, got

;; an error in a call handler: terminate runs with the error, the server ends with a
;; failure, the caller gets an error at once
(define s1 (server:start plugin 'one))
(define r1 (monitor s1))
(display (message-of (lambda () (server:call s1 'crash)))) (newline)
;; expect: server:call: the server exited:
(display (recv (('terminate e) (error-object-message e)))) (newline)
;; expect: car: expected a pair, got
(display (recv (('DOWN ,r1 _ reason) reason))) (newline)
;; expect: failure

;; calls to a server that is gone fail at once, whatever the timeout
(display (message-of (lambda () (server:call s1 'state 'infinity)))) (newline)
;; expect: server:call: the server exited:
;; and stopping it is no error
(server:stop s1)
(display 'stopped-twice) (newline)
;; expect: stopped-twice

;; an error in a cast handler; a handler that returns the wrong number of values
(define s2 (server:start plugin 'two))
(server:cast s2 'crash)
(display (recv (('terminate e) (error-object-message e)))) (newline)
;; expect: vector-ref: index out of range:
(define s3 (server:start plugin 'three))
(display (message-of (lambda () (server:call s3 'bad)))) (newline)
(recv (('terminate e) #t))
;; expect: server:call: the server exited:

;; a linked server that fails takes the linked caller's next receive with it
(define s4 (server:start-link plugin 'four))
(display (message-of (lambda () (server:call s4 'raise)))) (newline)
;; expect: (exit failure)
(recv (('terminate e) #t))

;; stopping with a reason other than normal or shutdown is an abnormal exit
(define s5 (server:start plugin 'five))
(define r5 (monitor s5))
(server:stop s5 'out-of-service)
(display (list (recv (('terminate reason) reason)) (recv (('DOWN ,r5 _ reason) reason)))) (newline)
;; expect: (out-of-service failure)
(define s6 (server:start plugin 'six))
(define r6 (monitor s6))
(server:stop s6 'shutdown)
(display (list (recv (('terminate reason) reason)) (recv (('DOWN ,r6 _ reason) reason)))) (newline)
;; expect: (shutdown normal)

;; a server started with start-link that traps exits stops, running terminate, when the
;; process that started it fails
(define trapping
  (make-server-plugin
   (lambda (args) (process-trap-exit! #t) args)
   (lambda (request state) (values state state))
   (lambda (message state) state)
   (lambda (reason state)
     (! me (list 'parent-exit (termite-exception? reason) (termite-exception-object reason))))))
(define parent
  (spawn (server:start-link trapping 'x)
         (! me 'started)
         (recv ('die (raise 'parent-failed)))))
(recv ('started #t))
(! parent 'die)
(display (? 3 'no-terminate)) (newline)
;; expect: (parent-exit #t parent-failed)

;; a server cannot call itself
(define selfish
  (make-server-plugin
   (lambda (args) args)
   (lambda (request state)
     (values (guard (e ((error-object? e) (error-object-message e))) (server:call (self) 'again)) state))
   (lambda (m s) s)
   (lambda (r s) #f)))
(display (server:call (server:start selfish #f) 'go)) (newline)
;; expect: server:call: a server cannot call itself:

;; no stray messages are left behind by all of the above
(display (? 0.1 'mailbox-empty)) (newline)
;; expect: mailbox-empty
