;; A program whose work runs on nodes that do not run it, started by MobileCodeTest:
;;   basics PORT           against a bare node: closures, definitions, processes, migration,
;;                         a continuation resumed there, errors and timeouts
;;   relay PORT1 PORT2     a closure made here goes to the first node, which sends it on to the second
;;   publish PORT          leaves a service running this program's code on the node, then ends
;;   restart PORT          prints ready with a process there monitored; the test kills the node and starts
;;                         another at the same port: the old pid is gone (noproc), the new node is untouched
;;   migrate-lost PORT     prints ready, then a second later moves a process to the node, which the test
;;                         stops and kills meanwhile: the process comes back and says why
(define args (cdr (command-line)))
(define (say . xs) (for-each display xs) (newline) (flush-output-port))
(define (node-at port) (make-node "127.0.0.1" (string->number port)))
(define (message-of thunk)
  (guard (e ((error-object? e) (error-object-message e))) (thunk) 'no-error))

;; definitions the travelling code uses: a procedure, data, a counter, a pid
(define (square x) (* x x))
(define greeting "made on the sender")
(define table (list 1 2 3))
(define counter 0)
(define (bump!) (set! counter (+ counter 1)) counter)
(define me #f)

(define (basics node)
  (set! me (self))
  (say (on node (lambda () (list (square 7) greeting (map square table)))))
  (on node (lambda () (! me 'hello-from-there)))
  (say (? 5))
  ;; set! of a travelled definition changes the copy there, not this one
  (say (on node (lambda () (bump!) (bump!))) " " counter)
  (say (message-of (lambda () (on node (lambda () (car (square 2)))))))
  (say (message-of (lambda () (on node (lambda () (thread-sleep! 30)) 0.5))))
  (let ((p (remote-spawn node (lambda () (let loop () (recv ((from x) (! from (list 'sq (square x))) (loop))))))))
    (! p (list (self) 12))
    (say (? 5)))
  ;; a process moves there with its state; messages sent before, during and after follow it
  (let ((worker (spawn (lambda ()
                         (let loop ((seen '()))
                           (recv (('go n) (migrate-task n) (loop (cons 'moved seen)))
                                 ((from 'report) (! from (list (self) (reverse seen) (equal? (current-node) node))) (loop seen))
                                 ((from x) (loop (cons x seen)))))))))
    (! worker (list me 1))
    (! worker (list 'go node))
    (! worker (list me 2))
    (! worker (list me 'report))
    (let ((r (? 10)))
      (say (eqv? (car r) worker) " " (cadr r) " " (caddr r))))
  ;; a continuation captured here is resumed by a process there
  (spawn (lambda ()
           (let ((v (call/cc (lambda (k)
                               (remote-spawn node (lambda () (k (square 5))))
                               (terminate! (self))))))
             (! me (list 'resumed v (equal? (current-node) node))))))
  (say (? 10)))

(define (relay first second)
  (say (on first (lambda () (on second (lambda () (list (square 9) greeting)))))))

(define (publish node)
  (remote-spawn node (lambda ()
                       (publish-service 'keeper (self))
                       (let loop ((n 0))
                         (recv ((from 'next) (! from (list greeting (square n))) (loop (+ n 1)))))))
  (thread-sleep! 0.5)
  (say "published"))

(define (migrate-lost node)
  (set! me (self))
  (on node (lambda () 'connected))
  (say "ready")
  (thread-sleep! 1)
  (spawn (lambda () (! me (list 'back (message-of (lambda () (migrate-task node)))))))
  (say (recv (('back why) why) (after 30 'timeout))))

(define (restart node)
  (let* ((old (remote-spawn node (lambda () (thread-sleep! 600))))
         (ref (monitor old)))
    (say "ready")
    (say (recv (('DOWN ,ref _ reason) reason) (after 30 'timeout)))
    ;; wait for the node that the test starts at the same address
    (let wait ((i 0))
      (unless (or (> i 120) (guard (e (#t #f)) (on node (lambda () #t) 2)))
        (thread-sleep! 0.5)
        (wait (+ i 1))))
    (let* ((new (remote-spawn node (lambda () (thread-sleep! 600))))
           (new-ref (monitor new)))
      (! old 'hello)
      (let ((old-ref (monitor old)))
        (say (recv (('DOWN ,old-ref _ reason) reason) (after 10 'timeout))))
      (! old 'hello)
      (thread-sleep! 1)
      (say (recv (('DOWN ,new-ref _ reason) (list 'spurious reason)) (after 0 'no-spurious-down)))
      (let ((start (current-jiffy)))
        (let loop ((i 0)) (when (< i 20) (on node (lambda () i)) (loop (+ i 1))))
        (say (list 'fast (< (/ (- (current-jiffy) start) (jiffies-per-second)) 5)))))))

(node-init (make-node "127.0.0.1" 0))
(cond ((equal? (car args) "basics") (basics (node-at (cadr args))))
      ((equal? (car args) "relay") (relay (node-at (cadr args)) (node-at (caddr args))))
      ((equal? (car args) "publish") (publish (node-at (cadr args))))
      ((equal? (car args) "migrate-lost") (migrate-lost (node-at (cadr args))))
      ((equal? (car args) "restart") (restart (node-at (cadr args)))))
