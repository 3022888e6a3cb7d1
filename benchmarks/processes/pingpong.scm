;;; Ping-pong: this process and a partner exchange N round trips, each one message out and one
;;; back. A first run of the same size warms up the JVM; the timed run follows. With WARMUP=0 in the
;;; environment the timed run is the only one (a cold run).
;;;
;;;   java -jar pingpong.jar [N]

(define (seconds-since start)
  (/ (exact->inexact (- (current-jiffy) start)) (jiffies-per-second)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

(define (ponger)
  (let loop ()
    (recv ((from n) (! from n) (loop))
          ('stop 'stopped))))

(define (ping-round n)
  (let ((partner (spawn (ponger)))
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

(define args (cdr (command-line)))
(define n (if (pair? args) (string->number (car args)) 1000000))

(define warm-up? (not (equal? (get-environment-variable "WARMUP") "0")))

(when warm-up? (ping-round n))
(let ((s (ping-round n)))
  (say "round-trips: " n)
  (say "total-s: " s)
  (say "round-trips-per-s: " (exact (round (/ n s)))))
