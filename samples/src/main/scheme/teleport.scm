;; Teleporting threads, after the demo of the Termite talk: every node spawns a bouncing thread every few
;; seconds; a thread bounces between the walls of its node's screen, and at each bounce it tries to jump to
;; another node's screen. The jump is a continuation: the thread captures it with call/cc, asks the other node
;; (an rpc with a timeout: on) to start a process there that resumes it, and halts here. When the other node
;; does not answer (it is gone, or slow), the thread stays and bounces back. A thread dies after its steps.
;;
;; One machine, three terminals (same secret in each):
;;   TERMITE_COOKIE=demo ./termite run samples/src/main/scheme/teleport.scm --name A --listen 127.0.0.1:4001 \
;;       --peers 127.0.0.1:4002,127.0.0.1:4003
;;   ... --name B --listen 127.0.0.1:4002 --peers 127.0.0.1:4001,127.0.0.1:4003
;;   ... --name C --listen 127.0.0.1:4003 --peers 127.0.0.1:4001,127.0.0.1:4002
;; Options (TELEPORT_SPAWN and TELEPORT_STEP in the environment also set the two periods):
;;   --spawn SECONDS  a new thread this often (20)      --step SECONDS  between two moves (0.2)
;;   --steps N        a thread's life (100)             --width N       the screen's width (30)
;;   --rpc-timeout S  how long a jump may take (5)      --seconds S     stop after S seconds (never)
;;   --log            print one line per event and per screen instead of redrawing the terminal

;;; Options

(define arguments (cdr (command-line)))

(define usage
  "usage: teleport --name NAME --listen HOST:PORT [--peers HOST:PORT,...] [--spawn S] [--step S] [--steps N]
                [--width N] [--rpc-timeout S] [--seconds S] [--log]
Each node shows its screen; start one per terminal or machine, all with the same TERMITE_COOKIE.
")

(if (null? arguments)
    (begin (display usage) (exit 0)))

;; The value after --name (or in --name=value); default when absent.
(define (option name default)
  (let ((flag (string-append "--" name)))
    (let loop ((args arguments))
      (cond ((null? args) default)
            ((and (string=? (car args) flag) (pair? (cdr args))) (cadr args))
            ((string-prefix? (string-append flag "=") (car args))
             (substring (car args) (+ (string-length flag) 1) (string-length (car args))))
            (else (loop (cdr args)))))))

(define (flag? name) (member (string-append "--" name) arguments))

(define (seconds-option name env default)
  (let* ((text (option name (or (get-environment-variable env) default)))
         (n (string->number text)))
    (if (and n (real? n) (> n 0))
        n
        (begin (display (string-append "teleport: --" name ": expected a positive number of seconds, got " text))
               (newline)
               (exit 2)))))

(define (address->node text)
  (let* ((colon (string-index-right text #\:))
         (port (and colon (string->number (substring text (+ colon 1) (string-length text))))))
    (if (and colon (> colon 0) port (exact-integer? port))
        (make-node (substring text 0 colon) port)
        (begin (display (string-append "teleport: expected HOST:PORT, got " text)) (newline) (exit 2)))))

(define (string-index-right s c)
  (let loop ((i (- (string-length s) 1)))
    (cond ((< i 0) #f) ((char=? (string-ref s i) c) i) (else (loop (- i 1))))))

(define node-name (option "name" "A"))
(define spawn-period (seconds-option "spawn" "TELEPORT_SPAWN" "20"))
(define step-delay (seconds-option "step" "TELEPORT_STEP" "0.2"))
(define life (exact (round (seconds-option "steps" "TELEPORT_STEPS" "100"))))
(define width (exact (round (seconds-option "width" "TELEPORT_WIDTH" "30"))))
(define rpc-timeout (seconds-option "rpc-timeout" "TELEPORT_RPC_TIMEOUT" "5"))
(define log? (flag? "log"))

(define given-peers
  (let ((text (option "peers" "")))
    (if (string=? text "") '() (map address->node (string-split text #\,)))))

(define here (node-init (address->node (option "listen" "127.0.0.1:0"))))

;; The procedure named name when this runtime defines one, else #f.
(define (global-procedure name)
  (with-exception-catcher
   (lambda (e) #f)
   (lambda () (let ((v (eval name))) (and (procedure? v) v)))))

;; Without --peers, the nodes found by discovery, when the runtime has it: (nodes).
(define discovered (and (null? given-peers) (global-procedure 'nodes)))

;; The other nodes: those given, else those discovered.
(define (peers)
  (cond ((pair? given-peers) given-peers)
        (discovered (filter (lambda (n) (not (equal? n here))) (discovered)))
        (else '())))

;;; The screen: one process per node, keeping a row per thread that is here.

(define (row id origin x ttl)
  (let ((line (make-string width #\space)))
    (string-set! line x #\o)
    (string-append (pad id 6) " |" line "| " (pad (number->string ttl) 3) " from " origin)))

(define (pad text n)
  (if (>= (string-length text) n) text (string-append text (make-string (- n (string-length text)) #\space))))

(define (screen-text rows)
  (apply string-append
         (string-append "node " node-name " at " (node-host here) ":" (number->string (node-port here))
                        ", " (number->string (length rows)) " thread(s)\n")
         (map (lambda (r) (string-append (apply row r) "\n"))
              (list-sort (lambda (a b) (string<? (car a) (car b))) rows))))

;; One line, written at once so that lines of two processes never mix.
(define (event . parts)
  (if log?
      (begin (display (apply string-append (append parts (list "\n")))) (flush-output-port))))

(define (screen-loop rows)
  (recv (('show id origin x ttl)
         (screen-loop (cons (list id origin x ttl) (remove-row id rows))))
        (('spawned id) (event "spawned " id) (screen-loop rows))
        (('arrived id origin) (event "arrived " id " from " origin) (screen-loop rows))
        (('left id where) (event "left " id " to " where) (screen-loop (remove-row id rows)))
        (('stayed id where why) (event "stayed " id ": " where " did not take it: " why) (screen-loop rows))
        (('died id) (event "died " id) (screen-loop (remove-row id rows)))
        ((from tag 'text) (! from (list tag (screen-text rows))) (screen-loop rows))
        (('draw) (draw rows) (screen-loop rows))))

(define (remove-row id rows)
  (filter (lambda (r) (not (string=? (car r) id))) rows))

(define (draw rows)
  (if log?
      (begin
        (event (apply string-append "screen " node-name ":"
                      (map (lambda (r) (string-append " " (car r) "@" (number->string (caddr r))
                                                      "/" (number->string (cadddr r))))
                           rows))))
      (begin
        ;; cursor home, clear to the end: the screen is redrawn in place
        (display (string-append (string (integer->char 27)) "[H" (string (integer->char 27)) "[J"))
        (display (screen-text rows))))
  (flush-output-port))

(define screen (spawn (lambda () (process-name-set! (self) 'screen) (screen-loop '()))))

;;; Threads

;; Moves the calling thread to another node: #t once it runs there (in a new process that resumed the
;; continuation captured here; the process here halts), #f when no other node took it.
(define (teleport! id)
  (let ((others (peers)))
    (and (pair? others)
         (let ((target (list-ref others (random-integer (length others)))))
           (call/cc
            (lambda (k)
              (let ((outcome (with-exception-catcher
                              (lambda (e) (if (error-object? e) (error-object-message e) "failed"))
                              (lambda () (on target (lambda () (spawn (lambda () (k #t))) 'started) rpc-timeout)))))
                (if (eq? outcome 'started)
                    (begin (! screen (list 'left id (node-address target))) (halt!))
                    (begin (! screen (list 'stayed id (node-address target) outcome)) #f)))))))))

(define (node-address n) (string-append (node-host n) ":" (number->string (node-port n))))

;; One thread: the continuation captured in teleport! holds this loop, so it goes on wherever it is resumed,
;; and screen there names that node's screen.
(define (bounce id origin)
  (process-name-set! (self) id)
  (let loop ((x (random-integer width)) (dx (if (= 0 (random-integer 2)) 1 -1)) (ttl life))
    (! screen (list 'show id origin x ttl))
    (thread-sleep! step-delay)
    (cond ((= ttl 0) (! screen (list 'died id)))
          ((or (and (= x 0) (< dx 0)) (and (= x (- width 1)) (> dx 0)))
           ;; a bounce: try the jump; either way the thread goes on with its direction reversed
           (if (teleport! id)
               (begin (process-name-set! (self) id)
                      (! screen (list 'arrived id origin))))
           (loop (+ x (- dx)) (- dx) (- ttl 1)))
          (else (loop (+ x dx) dx (- ttl 1))))))

(define (spawner n)
  (let ((id (string-append node-name "-" (number->string n))))
    (spawn (lambda () (bounce id node-name)))
    (! screen (list 'spawned id))
    (thread-sleep! spawn-period)
    (spawner (+ n 1))))

;; The screen as the observer shows it, when the node is observed (termite run --observe).
(observer-view "teleport" (lambda () (!? screen 'text 1 "")))

(spawn (lambda () (spawner 1)))
(spawn (lambda () (let redraw () (! screen '(draw)) (thread-sleep! (max step-delay 0.1)) (redraw))))

(let ((seconds (option "seconds" #f)))
  (event "listening " (node-address here))
  (thread-sleep! (if seconds (string->number seconds) 1e9))
  (exit 0))
