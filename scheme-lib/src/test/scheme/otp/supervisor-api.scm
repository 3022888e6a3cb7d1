;; Supervisor requests (start-child, terminate-child, restart-child, delete-child), start
;; failures, generic servers as children with a polite shutdown, nested supervisors, and
;; a supervisor whose parent fails.
(define me (self))
(define (message-of thunk)
  (guard (e ((error-object? e) (cons (error-object-message e) (error-object-irritants e))))
    (thunk)))
(define (loop-worker) (lambda () (spawn-link (let loop () (? ) (loop)))))

(define sup (supervisor:start '() intensity: 5))
(display (supervisor:which-children sup)) (newline)
;; expect: ()

;; adding children
(define a (supervisor:start-child sup (make-child-spec 'a (loop-worker))))
(define b (supervisor:start-child sup (make-child-spec 'b (loop-worker))))
(display (list (process? a) (equal? a (supervisor:child-pid sup 'a)) (map car (supervisor:which-children sup))))
(newline)
;; expect: (#t #t (a b))
(display (message-of (lambda () (supervisor:start-child sup (make-child-spec 'a (loop-worker)))))) (newline)
;; expect: (supervisor:start-child: a child has the id a)

;; a start thunk that fails, or returns something other than a process
(display (message-of (lambda () (supervisor:start-child sup (make-child-spec 'bad (lambda () (car '()))))))) (newline)
;; expect: (supervisor: a child failed to start: bad car: expected a pair, got)
(display (message-of (lambda () (supervisor:start-child sup (make-child-spec 'odd (lambda () 42)))))) (newline)
;; expect: (supervisor: a child failed to start: odd 42)
(display (map car (supervisor:which-children sup))) (newline)
;; expect: (a b)

;; terminate-child stops a child and keeps its spec; restart-child starts it again
(supervisor:terminate-child sup 'a)
(display (list (process-alive? a) (supervisor:child-pid sup 'a))) (newline)
;; expect: (#f #f)
(display (message-of (lambda () (supervisor:delete-child sup 'b)))) (newline)
;; expect: (supervisor:delete-child: the child is running: b)
(define a2 (supervisor:restart-child sup 'a))
(display (list (process-alive? a2) (equal? a2 (supervisor:child-pid sup 'a)))) (newline)
;; expect: (#t #t)
(display (message-of (lambda () (supervisor:restart-child sup 'a)))) (newline)
;; expect: (supervisor:restart-child: the child is running: a)
(supervisor:terminate-child sup 'a)
(supervisor:delete-child sup 'a)
(display (map car (supervisor:which-children sup))) (newline)
;; expect: (b)
(display (message-of (lambda () (supervisor:child-pid sup 'a)))) (newline)
;; expect: (supervisor:child-pid: no child with the id a)
(supervisor:stop sup)

;; a child that fails to start when the supervisor starts: those started are stopped, and
;; supervisor:start raises
(define first-pid #f)
(display (message-of
          (lambda ()
            (supervisor:start
             (list (make-child-spec 'first (lambda () (set! first-pid (spawn-link (?))) first-pid))
                   (make-child-spec 'second (lambda () (error "no resources"))))))))
(newline)
;; expect: (supervisor: a child failed to start: second no resources)
(display (process-alive? first-pid)) (newline)
;; expect: #f
(display (message-of (lambda () (make-child-spec 'x (loop-worker) restart: 'sometimes)))) (newline)
;; expect: (make-child-spec: restart must be permanent, transient or temporary, got sometimes)

;; generic servers as children; with a shutdown time, they are asked to stop, so their
;; terminate runs; without, they are killed
(define (server-spec id shutdown)
  (make-child-spec id
                   (lambda ()
                     (server:start-link
                      (make-server-plugin (lambda (args) 0)
                                          (lambda (req n) (values (+ n 1) (+ n 1)))
                                          (lambda (msg n) n)
                                          (lambda (reason n) (! me (list 'terminated id reason))))
                      #f))
                   shutdown: shutdown))
(define servers (supervisor:start (list (server-spec 'polite 2) (server-spec 'killed #f))))
(display (server:call (supervisor:child-pid servers 'polite) 'inc)) (newline)
;; expect: 1
(supervisor:stop servers)
(display (list (? 1 'none) (? 0.2 'none))) (newline)
;; expect: ((terminated polite shutdown) none)

;; nested: a supervisor under a supervisor, restarted with its children when it fails
(define (child-sup)
  (lambda ()
    (! me 'inner-started)
    (supervisor:start-link (list (make-child-spec 'leaf (loop-worker))) intensity: 0)))
(define top (supervisor:start (list (make-child-spec 'inner (child-sup) shutdown: 2)) intensity: 3))
(?)
(define inner1 (supervisor:child-pid top 'inner))
(define leaf1 (supervisor:child-pid inner1 'leaf))
;; the leaf crashes: the inner supervisor (intensity 0) gives up, the top restarts it
(terminate! leaf1)
(display (? 3 'not-restarted)) (newline)
;; expect: inner-started
(define inner2 (supervisor:child-pid top 'inner))
(define leaf2 (supervisor:child-pid inner2 'leaf))
(display (list (process-alive? inner1) (process-alive? inner2) (process-alive? leaf2))) (newline)
;; expect: (#f #t #t)
(supervisor:stop top)
(display (list (process-alive? inner2) (process-alive? leaf2))) (newline)
;; expect: (#f #f)

;; a supervisor started with start-link stops its children when its parent fails
(define leaf-pid #f)
(define parent
  (spawn (let ((s (supervisor:start-link (list (make-child-spec 'leaf (loop-worker))))))
           (! me (supervisor:child-pid s 'leaf))
           (recv ('die (raise 'parent-failed))))))
(define orphan (?))
(define orphan-ref (monitor orphan))
(! parent 'die)
(display (recv (('DOWN ,orphan-ref _ reason) reason) (after 3 'still-running))) (newline)
;; expect: terminated
(display (? 0.1 'quiet)) (newline)
;; expect: quiet
