;;; Spawn N processes that each wait for one message, then send each one a message and collect
;;; the replies. A first round of the same size warms up the JVM; the timed round follows. With WARMUP=0 in
;;; the environment the timed round is the only one (a cold run).
;;;
;;;   java -jar spawn.jar [N [PAUSE-FILE]]
;;;
;;; With PAUSE-FILE, the program prints BASELINE before spawning and READY once all N processes
;;; wait, and each time waits until PAUSE-FILE exists, then deletes it: run.sh measures the live
;;; heap at those two points from outside (jcmd), since the heap is not visible from Scheme.

(define (seconds-since start)
  (/ (exact->inexact (- (current-jiffy) start)) (jiffies-per-second)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

(define (pause-at label pause-file)
  (when pause-file
    (say label)
    (let wait ()
      (unless (file-exists? pause-file)
        (thread-sleep! 0.02)
        (wait)))
    (delete-file pause-file)))

;; Each waiter receives one message and sends it back to the parent.
(define (spawn-waiters n parent)
  (let loop ((i 0) (pids '()))
    (if (= i n)
        pids
        (loop (+ i 1) (cons (spawn (! parent (?))) pids)))))

(define (collect n)
  (let loop ((i 0) (sum 0))
    (if (= i n)
        sum
        (loop (+ i 1) (+ sum (?))))))

(define (spawn-round n pause-file)
  (pause-at "BASELINE" pause-file)
  (let* ((start (current-jiffy))
         (pids (spawn-waiters n (self)))
         (spawn-s (seconds-since start)))
    (pause-at "READY" pause-file)
    (let ((start (current-jiffy)))
      (for-each (lambda (p) (! p 1)) pids)
      (let* ((sum (collect n))
             (reply-s (seconds-since start)))
        (unless (= sum n)
          (error "lost replies" sum n))
        (list spawn-s reply-s)))))

(define args (cdr (command-line)))
(define n (if (pair? args) (string->number (car args)) 1000000))
(define pause-file (and (pair? args) (pair? (cdr args)) (cadr args)))

(define warm-up? (not (equal? (get-environment-variable "WARMUP") "0")))

(when warm-up? (spawn-round n #f))
(let* ((times (spawn-round n pause-file))
       (spawn-s (car times))
       (reply-s (cadr times)))
  (say "processes: " n)
  (say "spawn-s: " spawn-s)
  (say "message-and-collect-s: " reply-s)
  (say "total-s: " (+ spawn-s reply-s)))
