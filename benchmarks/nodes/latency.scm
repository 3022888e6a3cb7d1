;;; Latency of small round trips between two nodes, alone and while 20 MB messages flow between the same two
;;; nodes. A process on the client node and one on the server node exchange K timed round trips, a millisecond
;;; apart; then a bulk process sends 20 MB messages to a sink on the server (one in flight, the next when the sink
;;; has acknowledged it, at most ten a second: 200 MB/s) while K more round trips are timed. A first run of the
;;; same round trips warms up the JVM.
;;;
;;;   java -jar latency.jar server              listens on a free port, prints "listening PORT", serves
;;;   java -jar latency.jar client PORT [K]     prints p50, p99 and max in ms, alone and under load

(define args (cdr (command-line)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

(define (now-us)
  (quotient (* (current-jiffy) 1000000) (jiffies-per-second)))

(define (ponger)
  (recv ((from n) (! from n) (ponger))
        ('stop 'stopped)))

(define (sink)
  (recv ((from v) (! from 'got) (sink))
        ('stop 'stopped)))

;; the microseconds of each of k round trips, in order
(define (timed-round-trips partner k)
  (let ((me (self)))
    (let loop ((i 0) (acc '()))
      (if (= i k)
          (reverse acc)
          (let ((t0 (now-us)))
            (! partner (list me i))
            (recv (,i (let ((t (- (now-us) t0)))
                        (thread-sleep! 0.001)
                        (loop (+ i 1) (cons t acc))))))))))

(define (ms us) (/ (round (/ us 10.0)) 100.0))

(define (summary name times)
  (let* ((v (list->vector (sort times <)))
         (n (vector-length v)))
    (say name " p50 " (ms (vector-ref v (quotient n 2)))
         " p99 " (ms (vector-ref v (min (- n 1) (quotient (* n 99) 100))))
         " max " (ms (vector-ref v (- n 1))))))

;; sends big to sink, one in flight and at most ten a second, until told to stop; answers how many were acknowledged
(define (bulk sink big)
  (let ((me (self)))
    (let loop ((acked 0))
      (let ((t0 (now-us)))
        (! sink (list me big))
        (recv ('got
               (let ((left (- 100000 (- (now-us) t0))))
                 (if (> left 0) (thread-sleep! (/ left 1e6))))
               (recv (('stop from) (! from (list 'bulk (+ acked 1))))
                     (after 0 (loop (+ acked 1)))))
              (('stop from) (! from (list 'bulk acked))))))))

(define (client port k)
  (let* ((server (make-node "127.0.0.1" port))
         (partner (remote-spawn server ponger))
         (big-sink (remote-spawn server sink))
         (big (make-u8vector (* 20 1024 1024) 7)))
    (timed-round-trips partner k)
    (summary "idle" (timed-round-trips partner k))
    (let* ((me (self))
           (b (spawn (lambda () (bulk big-sink big)))))
      (thread-sleep! 0.5)
      (let* ((t0 (now-us))
             (times (timed-round-trips partner k))
             (seconds (/ (- (now-us) t0) 1e6)))
        (! b (list 'stop me))
        (recv (('bulk acked)
               (summary "loaded" times)
               (say "bulk " acked " messages of 20 MB in " (ms (* seconds 1e6)) " ms: "
                    (round (/ (* acked 20) seconds)) " MB/s")))))
    (! partner 'stop)
    (! big-sink 'stop)))

(if (equal? (car args) "server")
    (let ((node (node-init (make-node "127.0.0.1" 0))))
      (say "listening " (node-port node))
      (thread-sleep! 3600))
    (client (string->number (cadr args))
            (if (pair? (cddr args)) (string->number (caddr args)) 2000)))
