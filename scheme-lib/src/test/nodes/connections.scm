;; Connections between nodes that must lose nothing, started by ConnectionsTest:
;;   aliases PORT          streams numbered messages to a process of the node at PORT while reaching that node
;;                         under a second name (localhost and 127.0.0.1): one connection, nothing lost or reordered
;;   stream HOST PORT      (faults/run.sh) prints ready, then streams 4,000 numbered messages over about ten
;;                         seconds to a process of the node there while the network drops every packet for a
;;                         few seconds: nothing is lost or reordered, no monitor fires
;;   cut HOST PORT         (faults/run.sh) prints ready, then waits for the node to be declared lost
;;   mutual MINE OTHER N   listens at MINE and makes N calls of `on` to the node at OTHER, which does the same to
;;                         this one at the same moment: the two dials settle on one connection, no call fails
(define args (cdr (command-line)))
(define (say . xs) (for-each display xs) (newline) (flush-output-port))

(define (counter expected in-order)
  (recv ((from 'count) (! from (list (- expected 1) in-order)) (counter expected in-order))
        (n (counter (+ n 1) (and in-order (= n expected))))))

(define (aliases port)
  (node-init (make-node "127.0.0.1" 0))
  (let* ((by-address (make-node "127.0.0.1" port))
         (by-name (make-node "localhost" port))
         (c (remote-spawn by-address (lambda () (counter 0 #t))))
         (ref (monitor c)))
    (let loop ((i 0))
      (when (< i 20000)
        (! c i)
        (when (= 0 (modulo i 2000))
          (on (if (even? (quotient i 2000)) by-name by-address) (lambda () 'reached)))
        (loop (+ i 1))))
    (! c (list (self) 'count))
    (say (recv ((n in-order) (list n in-order)) (('DOWN ,ref _ reason) (list 'down reason)) (after 30 'timeout)))
    (say (recv (('DOWN ,ref _ reason) (list 'down reason)) (after 1 'no-down)))))

(define (stream host port)
  (node-init (make-node "127.0.0.1" 0))
  (let* ((there (make-node host port))
         (c (remote-spawn there (lambda () (counter 0 #t))))
         (ref (monitor c)))
    (say "ready")
    (let loop ((i 0))
      (when (< i 4000)
        (! c i)
        (thread-sleep! 0.0025)
        (loop (+ i 1))))
    (! c (list (self) 'count))
    (say (recv ((n in-order) (list n in-order)) (('DOWN ,ref _ reason) (list 'down reason)) (after 60 'timeout)))
    (say (recv (('DOWN ,ref _ reason) (list 'down reason)) (after 1 'no-down)))))

(define (cut host port)
  (node-init (make-node "127.0.0.1" 0))
  (let* ((there (make-node host port))
         (c (remote-spawn there (lambda () (counter 0 #t))))
         (ref (monitor c)))
    (say "ready")
    (say (recv (('DOWN ,ref _ reason) (list 'down reason)) (after 60 'timeout)))))

(define (listening? port)
  (guard (e (#t #f))
    (close-port (open-tcp-client (list address: "127.0.0.1" port-number: port)))
    #t))

(define (mutual mine other n)
  (node-init (make-node "127.0.0.1" mine))
  ;; both nodes start calling the moment both listen: their first calls dial each other at once
  (let wait ((i 0)) (unless (or (> i 600) (listening? other)) (thread-sleep! 0.05) (wait (+ i 1))))
  (let ((there (make-node "127.0.0.1" other)))
    (let loop ((i 0) (failed 0))
      (if (< i n)
          (loop (+ i 1)
                (if (guard (e (#t (display (if (error-object? e) (error-object-message e) e) (current-error-port)) (newline (current-error-port)) #f))
                      (= i (on there (lambda () i) 10)))
                    failed
                    (+ failed 1)))
          (say (list 'failed failed))))
    ;; stay a moment: the other node may still be calling
    (thread-sleep! 2)))

(cond ((equal? (car args) "aliases") (aliases (string->number (cadr args))))
      ((equal? (car args) "stream") (stream (cadr args) (string->number (caddr args))))
      ((equal? (car args) "cut") (cut (cadr args) (string->number (caddr args))))
      ((equal? (car args) "mutual")
       (mutual (string->number (cadr args)) (string->number (caddr args)) (string->number (cadddr args)))))
