;;; Code that travels: what the first use of new code on another node costs when that node must fetch it, against
;;; a node that runs this same program, and what round trips cost once the code is there.
;;;
;;;   java -jar mobile-code.jar server           runs this program as a node: listens, prints "listening PORT"
;;;   java -jar mobile-code.jar client PORT [N]  against a node (running this program, or a bare termite node)
;;;                                              prints the timings

(define args (cdr (command-line)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

(define (ms-since start)
  (* 1000.0 (/ (exact->inexact (- (current-jiffy) start)) (jiffies-per-second))))

(define (rounded x digits)
  (let ((scale (expt 10 digits)))
    (/ (round (* x scale)) scale)))

;; a helper and data the travelling code uses: a node without this program copies them with the code
(define (square x) (* x x))
(define weights (list 1 2 3 4 5))

(define (ponger)
  (recv ((from n) (! from (square n)) (ponger))
        ('stop 'stopped)))

(define (client port n)
  (let ((server (make-node "127.0.0.1" port))
        (me (self)))
    ;; the first remote spawn of code this node never sent there
    (let* ((start (current-jiffy))
           (first (on server (lambda () (map square weights))))
           (first-ms (ms-since start))
           (start2 (current-jiffy))
           (second (on server (lambda () (apply + (map square weights)))))
           (second-ms (ms-since start2)))
      (say "first-on-ms: " (rounded first-ms 1))
      (say "second-on-ms: " (rounded second-ms 1))
      (let ((partner (remote-spawn server ponger)))
        (define (trips k)
          (let loop ((i 0))
            (when (< i k)
              (! partner (list me i))
              (recv (,(square i) #t))
              (loop (+ i 1)))))
        (trips n)
        (let ((start (current-jiffy)))
          (trips n)
          (say "round-trips: " n)
          (say "round-trips-s: " (rounded (/ (ms-since start) 1000.0) 3)))
        (! partner 'stop)))))

(define (serve)
  (let ((n (node-init (make-node "127.0.0.1" 0))))
    (say "listening " (node-port n))
    (let wait () (thread-sleep! 3600) (wait))))

(cond ((equal? (car args) "server") (serve))
      ((equal? (car args) "client")
       (node-init (make-node "127.0.0.1" 0))
       (client (string->number (cadr args)) (if (pair? (cddr args)) (string->number (caddr args)) 20000))))
