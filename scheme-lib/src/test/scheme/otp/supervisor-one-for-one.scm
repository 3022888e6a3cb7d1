;; A one-for-one supervisor: named children, a crashing child restarted alone, the
;; restart policies permanent, transient and temporary.
(define me (self))

;; a worker that answers pings, crashes or finishes on request; its start thunk, which
;; runs in the supervisor, reports each start
(define (worker name)
  (lambda ()
    (! me (list 'started name))
    (spawn-link
     (let loop ()
       (recv (('crash) (car '()))
             (('finish) 'done)
             ((from tag 'ping) (! from (list tag (list 'pong name))) (loop)))))))

(define sup
  (supervisor:start
   (list (make-child-spec 'perm (worker 'perm))
         (make-child-spec 'trans (worker 'trans) restart: 'transient)
         (make-child-spec 'temp (worker 'temp) restart: 'temporary))
   strategy: 'one-for-one intensity: 10 period: 5 name: 'sup))
(display (process-name sup)) (newline)
;; expect: sup
;; children start in order, before supervisor:start returns
(display (list (?) (?) (?))) (newline)
;; expect: ((started perm) (started trans) (started temp))
(display (map car (supervisor:which-children sup))) (newline)
;; expect: (perm trans temp)
(define (pid-of id) (supervisor:child-pid sup id))
(define perm1 (pid-of 'perm))
(define trans1 (pid-of 'trans))
(define temp1 (pid-of 'temp))
(display (!? perm1 'ping)) (newline)
;; expect: (pong perm)

;; a crashing child is restarted; the others keep running
(! perm1 '(crash))
(display (?)) (newline)
;; expect: (started perm)
(define perm2 (pid-of 'perm))
(display (list (equal? perm1 perm2) (process-alive? perm1) (!? perm2 'ping)
               (equal? trans1 (pid-of 'trans)) (equal? temp1 (pid-of 'temp))))
(newline)
;; expect: (#f #f (pong perm) #t #t)

;; a permanent child is restarted even after a normal exit
(! perm2 '(finish))
(display (?)) (newline)
;; expect: (started perm)

;; a child killed from outside is restarted too
(terminate! (pid-of 'perm))
(display (?)) (newline)
;; expect: (started perm)

;; transient: restarted after a crash, not after a normal exit
(! trans1 '(crash))
(display (?)) (newline)
;; expect: (started trans)
(! (pid-of 'trans) '(finish))
(display (? 0.3 'not-restarted)) (newline)
;; expect: not-restarted
(display (list (pid-of 'trans) (assq 'trans (supervisor:which-children sup)))) (newline)
;; expect: (#f (trans #f))

;; temporary: never restarted, and forgotten
(! temp1 '(crash))
(display (? 0.3 'not-restarted)) (newline)
;; expect: not-restarted
(display (map car (supervisor:which-children sup))) (newline)
;; expect: (perm trans)

;; the supervisor answers while all this goes on, and stopping it stops its children
(define last-perm (pid-of 'perm))
(supervisor:stop sup)
(display (list (process-alive? sup) (process-alive? last-perm))) (newline)
;; expect: (#f #f)
(display (? 0.1 'quiet)) (newline)
;; expect: quiet
