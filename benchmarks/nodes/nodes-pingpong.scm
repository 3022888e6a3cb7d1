;;; Two nodes on one machine, over TCP on the loopback interface. A process on the client node and one on the
;;; server node exchange N round trips; then the client streams N one-way messages to a process on the server,
;;; which answers once it has them all. A first run of the same size warms up the JVM; the timed run follows.
;;;
;;;   java -jar nodes-pingpong.jar server            listens on a free port, prints "listening PORT", serves
;;;   java -jar nodes-pingpong.jar client PORT [N]   prints the timings

(define args (cdr (command-line)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

(define (seconds-since start)
  (/ (exact->inexact (- (current-jiffy) start)) (jiffies-per-second)))

(define (ponger)
  (recv ((from n) (! from n) (ponger))
        ('stop 'stopped)))

(define (round-trips server n)
  (let ((partner (remote-spawn server ponger))
        (me (self))
        (start (current-jiffy)))
    (let loop ((i 0))
      (when (< i n)
        (! partner (list me i))
        (recv (,i #t))
        (loop (+ i 1))))
    (let ((s (seconds-since start)))
      (! partner 'stop)
      s)))

(define (stream server n)
  (let* ((me (self))
         (sink (remote-spawn server (lambda ()
                                      (let loop ((k 0))
                                        (if (= k n)
                                            (! me 'done)
                                            (begin (?) (loop (+ k 1))))))))
         (start (current-jiffy)))
    (let loop ((i 0))
      (when (< i n)
        (! sink i)
        (loop (+ i 1))))
    (recv ('done #t))
    (seconds-since start)))

(define (client port n)
  (let ((server (make-node "127.0.0.1" port)))
    (round-trips server n)
    (let ((rt (round-trips server n)))
      (stream server n)
      (let ((st (stream server n)))
        (say "round-trips: " n)
        (say "round-trips-s: " rt)
        (say "messages: " n)
        (say "stream-s: " st)))))

(if (equal? (car args) "server")
    (let ((node (node-init (make-node "127.0.0.1" 0))))
      (say "listening " (node-port node))
      (thread-sleep! 3600))
    (client (string->number (cadr args))
            (if (pair? (cddr args)) (string->number (caddr args)) 100000)))
