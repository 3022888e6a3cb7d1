;;; One node of a full mesh, run by run.sh as many times as there are nodes, each a JVM of its own.
;;;
;;;   java -jar mesh.jar INDEX DIR M
;;;
;;; The node listens on a free port and prints "listening PORT". Once DIR/ports exists (the port of every node,
;;; one a line, in index order), it asks every other node to send it M numbered messages: a process spawned there
;;; sends (INDEX-OF-THAT-NODE K) for K = 0 .. M-1. It checks that all arrive, in order per sender, prints
;;; "received N out-of-order B" (or "timeout ..."), and stays up, serving the others, until DIR/stop exists.

(define args (cdr (command-line)))
(define index (string->number (car args)))
(define dir (cadr args))
(define m (string->number (caddr args)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

;; true once the file exists, false after the given seconds
(define (wait-for-file path seconds)
  (let loop ((left (* seconds 10)))
    (cond ((file-exists? path) #t)
          ((= left 0) #f)
          (else (thread-sleep! 0.1) (loop (- left 1))))))

(define (read-all path)
  (with-input-from-file path
    (lambda ()
      (let loop ((acc '()))
        (let ((x (read)))
          (if (eof-object? x) (reverse acc) (loop (cons x acc))))))))

(define (ask-to-send me j port)
  ;; a process of its own per node, so the nodes are dialled at once
  (spawn (lambda ()
           (remote-spawn (make-node "127.0.0.1" port)
                         (lambda ()
                           (let loop ((k 0))
                             (when (< k m)
                               (! me (list j k))
                               (loop (+ k 1)))))))))

(define (receive-all n)
  (let ((next (make-vector n 0))
        (expected (* (- n 1) m)))
    (let loop ((got 0) (bad 0))
      (if (= got expected)
          (say "received " got " out-of-order " bad)
          (recv ((j k)
                 (let ((in-order (= k (vector-ref next j))))
                   (vector-set! next j (+ k 1))
                   (loop (+ got 1) (if in-order bad (+ bad 1)))))
                (after 120 (say "timeout: received " got " of " expected)))))))

(let ((node (node-init (make-node "127.0.0.1" 0))))
  (say "listening " (node-port node))
  (if (not (wait-for-file (string-append dir "/ports") 300))
      (say "timeout: no list of ports")
      (let* ((ports (read-all (string-append dir "/ports")))
             (me (self)))
        (let loop ((j 0) (rest ports))
          (when (pair? rest)
            (unless (= j index)
              (ask-to-send me j (car rest)))
            (loop (+ j 1) (cdr rest))))
        (receive-all (length ports))
        (wait-for-file (string-append dir "/stop") 300))))
