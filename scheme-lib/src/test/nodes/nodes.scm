;; Two nodes running this same program, started by NodesTest:
;;   server              listens on a free port of 127.0.0.1, prints it, and serves for a while
;;   client PORT         uses the server's processes; prints what it sees
;;   client-lost PORT    links to and monitors server processes, prints ready, then waits
;;                       for the node to be lost (killed)
;;   client-silent PORT  the same for a node that goes silent, and tells whether its own
;;                       processes kept running meanwhile
;;   client-refused PORT tries the server with another shared secret
;;   client-three PORT1 PORT2  introduces a process of the first server to the second one
;;   client-termite PORT  Termite's ping, remote-service, alive? and wait-for
(define args (cdr (command-line)))
(define (say . xs) (for-each display xs) (newline) (flush-output-port))
(define (contains? s part)
  (let loop ((i 0))
    (and (<= (+ i (string-length part)) (string-length s))
         (or (string=? (substring s i (+ i (string-length part))) part) (loop (+ i 1))))))
(define (message-of thunk)
  (guard (e ((error-object? e) (error-object-message e))) (thunk) 'no-error))

(define (serve)
  (publish-service 'greeter (spawn (let loop () (recv ((from tag name) (! from (list tag (list 'hello name))) (loop))))))
  (let ((n (node-init (make-node "127.0.0.1" 0))))
    (say "listening " (node-port n))
    (thread-sleep! 60)))

(define (echo-loop)
  (recv ((from x) (! from (list 'echo x)) (echo-loop))
        ('stop 'stopped)))

(define (client server)
  (let ((me (self)))
    (process-trap-exit! #t)
    ;; a value computed there, data structures and closures going both ways
    (say (on server (lambda () (+ 1 2))))
    (say (on server (lambda () (map (lambda (x) (* x x)) '(1 2 3)))))
    (say (node? server) " " (equal? (on server (lambda () (current-node))) server))
    ;; a process there, messages both ways, in order
    (let ((echo (remote-spawn server echo-loop)))
      (! echo (list me 'hello))
      (say (? 5))
      (let loop ((i 0)) (when (< i 1000) (! echo (list me i)) (loop (+ i 1))))
      (say (let loop ((i 0)) (if (= i 1000) 'in-order (recv (('echo ,i) (loop (+ i 1))) (after 5 (list 'lost i))))))
      ;; a pid that went there and came back is the same pid
      (say (equal? (on server (lambda () echo)) echo))
      ;; an error there is raised here
      (say (message-of (lambda () (on server (lambda () (car '()))))))
      ;; a message that cannot travel
      (let ((m (message-of (lambda () (! echo (list me (open-input-string "port")))))))
        (say (list (contains? m "!: cannot send to #<process") (contains? m "of another node: object->u8vector: cannot serialize a port"))))
      ;; nor one too large for a piece: still raised at !, and nothing of it goes
      (let ((m (message-of (lambda () (! echo (list me (make-u8vector (* 1024 1024) 1) (open-input-string "port")))))))
        (say (list (contains? m "!: cannot send to #<process") (contains? m "cannot serialize a port"))))
      (! echo (list me 'after))
      (say (? 5))
      ;; what a process sends leaves while it goes on computing, without waiting for anything
      (let ((flag (vector #f)))
        (spawn (lambda () (! echo (list me 'busy)) (let spin () (if (not (vector-ref flag 0)) (spin)))))
        (say (recv (('echo 'busy) 'sent-while-busy) (after 10 'held)))
        (vector-set! flag 0 #t))
      ;; monitors: a normal end
      (let ((ref (monitor echo)))
        (! echo 'stop)
        (say (recv (('DOWN ,ref pid reason) (list 'down (equal? pid echo) reason)) (after 5 'timeout)))))
    ;; links: a linked process there fails, the exit comes here (trapped, so as a message)
    (let ((doomed (remote-spawn-link server (lambda () (thread-sleep! 0.1) (car '())))))
      (say (recv (e (where (termite-exception? e))
                    (list 'exit (equal? (termite-exception-origin e) doomed) (termite-exception-reason e)))
                 (after 5 'timeout))))
    ;; terminate! reaches a process there; process-alive? is for processes of this node
    (let* ((sleeper (remote-spawn server (lambda () (thread-sleep! 60))))
           (ref (monitor sleeper)))
      (terminate! sleeper)
      (say (recv (('DOWN ,ref _ reason) (list 'ended reason)) (after 5 'timeout)))
      (say (message-of (lambda () (process-alive? sleeper)))))
    ;; a process that moves there keeps its pid, its state and its messages; messages follow it
    (let ((mover (spawn (let loop ((n 0))
                          (recv (('move from) (migrate-task server) (! from (list 'moved (node-port (current-node)))) (loop n))
                                ((from 'count) (! from (list 'count n (self))) (loop (+ n 1))))))))
      (! mover (list me 'count))
      (say (recv (('count n pid) (list n (equal? pid mover))) (after 5 'timeout)))
      (! mover (list 'move me))
      (! mover (list me 'count))
      (say (recv (('moved port) (= port (node-port server))) (after 5 'timeout)))
      (say (recv (('count n pid) (list n (equal? pid mover))) (after 5 'timeout)))
      (! mover (list me 'count))
      (say (recv (('count n pid) (list n (equal? pid mover))) (after 5 'timeout))))
    ;; a process whose continuation names code the other node lacks (compiled here by eval) moves too:
    ;; that node fetches the code from this one
    (let ((maker (eval '(lambda (node me)
                          (lambda ()
                            (! me (guard (e ((error-object? e) (error-object-message e)))
                                    (migrate-task node)
                                    'moved)))))))
      (spawn (maker server me))
      (say (recv ('moved #t) (m (where (string? m)) m) (after 10 'timeout))))
    ;; a pid of another node says where it lives
    (let ((there (remote-spawn server (lambda () 'done))))
      (say (contains? (with-output-to-string (lambda () (display there)))
                      (string-append " of 127.0.0.1:" (number->string (node-port server)) ">"))))
    ;; a service published there, found from here, called with !?
    (let ((greeter (resolve-service 'greeter server)))
      (say (list (process? greeter) (!? greeter 'client 5) (resolve-service 'nobody server))))
    ;; a node that nobody listens on
    (say (message-of (lambda () (remote-spawn (make-node "127.0.0.1" 1) (lambda () 1)))))))

(define (client-lost server silent?)
  (process-trap-exit! #t)
  (let* ((me (self))
         (worker (remote-spawn-link server (lambda () (thread-sleep! 60))))
         (ref (monitor (remote-spawn server (lambda () (thread-sleep! 60))))))
    (say "ready")
    ;; Once the server is stopped, messages to it pile up: sending them must not hold this node's only
    ;; scheduler thread (NodesTest runs the silent case on one), so a ticking process keeps ticking
    ;; until the node is declared lost, two seconds after it went silent.
    (spawn (begin (thread-sleep! 0.3)
                  (when silent?
                    ;; one message larger than the window goes by the connection's writer thread
                    (! worker (make-bytevector 20000000 1)))
                  (let loop ((i 0)) (when (< i 10) (! worker (make-bytevector 1000000 i)) (loop (+ i 1))))
                  (when silent?
                    ;; past the bound of what may wait for the node (32 MB here), a send raises
                    (! me (list 'busy (guard (e ((error-object? e) (contains? (error-object-message e) "which is not reading")))
                                        (let loop ((i 0)) (when (< i 60) (! worker (make-bytevector 1000000 i)) (loop (+ i 1))))
                                        #f))))))
    (spawn (let loop ((i 0)) (when (< i 100) (thread-sleep! 0.1) (! me 'tick) (loop (+ i 1)))))
    (let loop ((seen '()) (ticks 0))
      (if (= (length seen) 2)
          (begin
            (for-each say (list-sort (lambda (a b) (string<? (symbol->string (car a)) (symbol->string (car b))))
                                     seen))
            ;; about 20 ticks in the two seconds on an idle machine; a frozen node gives none or one, and
            ;; a busy machine may run the ticker only every third tenth of a second
            (if silent? (say (if (>= ticks 5) "ticked" (list 'ticks ticks))))
            (if silent? (say (recv (('busy b) (list 'busy b)) (after 30 'no-busy)))))
          (recv ('tick (loop seen (+ ticks 1)))
                (e (where (termite-exception? e)) (loop (cons (list 'exit (termite-exception-reason e)) seen) ticks))
                (('DOWN ,ref _ reason) (loop (cons (list 'down reason) seen) ticks))
                (after 30 (say "timeout " seen)))))))

(define (client-three first second)
  (let* ((me (self))
         (there (remote-spawn first (lambda () (recv ((who x) (! me (list 'got who x)))))))
         (mover (remote-spawn first (lambda () (recv ('go (migrate-task second) (recv (x (! me (list 'moved-got x))))))))))
    ;; the second node has never heard of the first: the pid tells it where the first listens
    (on second (lambda () (! there (list 'second 42))))
    (say (recv (('got who x) (list who x)) (after 10 'timeout)))
    ;; a process that moved from the first node to the second still gets what is sent to its old address
    (! mover 'go)
    (thread-sleep! 0.2)
    (! mover 'hello)
    (say (recv (('moved-got x) x) (after 10 'timeout)))))

;; Termite's conveniences across nodes: ping, remote-service, alive?, wait-for.
(define (client-termite server)
  (let ((me (self)))
    (say (ping server 5))
    (say (ping (make-node "127.0.0.1" 1) 1/2))
    ;; a message to a named service of the other node; a missing one is dropped there
    (! (remote-service 'greeter server) (list me 'tag1 'termite))
    (say (recv (('tag1 x) x) (after 10 'timeout)))
    (! (remote-service 'nobody server) 'lost)
    (! (remote-service 'greeter server) (list me 'tag2 'again))
    (say (recv (('tag2 x) x) (after 10 'timeout)))
    ;; alive? and wait-for on a process of the other node
    (let ((p (remote-spawn server (lambda () (recv ('stop 'done))))))
      (say (alive? p))
      (! p 'stop)
      (wait-for p)
      (say (alive? p)))))

(define (client-refused server)
  (say (message-of (lambda () (remote-spawn server (lambda () 1))))))

(let ((role (car args)))
  (cond ((equal? role "server") (serve))
        (else
         (let ((server (make-node "127.0.0.1" (string->number (cadr args)))))
           (cond ((equal? role "client") (client server))
                 ((equal? role "client-lost") (client-lost server #f))
                 ((equal? role "client-silent") (client-lost server #t))
                 ((equal? role "client-termite") (client-termite server))
                 ((equal? role "client-three")
                  (client-three server (make-node "127.0.0.1" (string->number (caddr args)))))
                 (else (client-refused server)))))))
