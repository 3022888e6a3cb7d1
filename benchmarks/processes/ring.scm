;;; A ring of R processes passes a token H hops; each hop is one message. A first run of the same size warms
;;; up the JVM; the timed run follows. With WARMUP=0 in the environment the timed run is the only one (a cold run).
;;;
;;;   java -jar ring.jar [R [H]]

(define (seconds-since start)
  (/ (exact->inexact (- (current-jiffy) start)) (jiffies-per-second)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

;; The token is the number of hops still to go; the node that sees 0 tells the parent.
;; 'stop travels once around the ring and ends every node.
(define (ring-node next parent)
  (let loop ()
    (let ((m (?)))
      (cond ((eq? m 'stop) (! next 'stop))
            ((= m 0) (! parent 'done) (loop))
            (else (! next (- m 1)) (loop))))))

;; The first node learns its successor, the last one spawned, from its first message.
(define (make-ring size parent)
  (let ((first (spawn (ring-node (?) parent))))
    (let loop ((i 1) (next first))
      (if (= i size)
          (begin (! first next) first)
          (loop (+ i 1) (spawn (ring-node next parent)))))))

(define (ring-round size hops)
  (let* ((start (current-jiffy))
         (first (make-ring size (self)))
         (setup-s (seconds-since start))
         (start (current-jiffy)))
    (! first hops)
    (recv ('done #t))
    (let ((hops-s (seconds-since start)))
      (! first 'stop)
      (list setup-s hops-s))))

(define args (cdr (command-line)))
(define size (if (pair? args) (string->number (car args)) 10000))
(define hops (if (and (pair? args) (pair? (cdr args))) (string->number (cadr args)) 1000000))

(define warm-up? (not (equal? (get-environment-variable "WARMUP") "0")))

;; the first round's time is reported too: what a run without warm-up sees
(define cold (if warm-up? (ring-round size hops) #f))
(let* ((times (ring-round size hops))
       (hops-s (cadr times)))
  (say "ring-size: " size)
  (say "hops: " hops)
  (say "setup-s: " (car times))
  (say "hops-s: " hops-s)
  (if cold (say "cold-hops-s: " (cadr cold)))
  (say "messages-per-s: " (exact (round (/ hops hops-s)))))
