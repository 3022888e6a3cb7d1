;; A node that finds the others and prints its view of them at every change, for the discovery tests.
;;   termite run [--discover] [--seeds H:P,...] member.scm HOST PORT
;; Prints "listening HOST:PORT", then at every node-up or node-down event a line
;;   view MILLIS EVENT HOST:PORT,HOST:PORT,...
;; with the wall-clock time in milliseconds, the event, and (nodes) after it, sorted.

(define (address n) (string-append (node-host n) ":" (number->string (node-port n))))

(define (join strings)
  (if (null? strings) ""
      (let loop ((acc (car strings)) (rest (cdr strings)))
        (if (null? rest) acc (loop (string-append acc "," (car rest)) (cdr rest))))))

(define (millis) (exact (floor (* 1000 (current-second)))))

(define (show event)
  (display "view ") (display (millis)) (display " ") (display event) (display " ")
  (display (join (map address (nodes)))) (newline) (flush-output-port))

(let* ((args (cdr (command-line)))
       (me (node-init (make-node (car args) (string->number (cadr args))))))
  (monitor-nodes)
  (display "listening ") (display (address me)) (newline) (flush-output-port)
  (show 'start)
  (let loop ()
    (recv
      (('node-up n) (show (string-append "up:" (address n))))
      (('node-down n reason) (show (string-append "down:" (address n) ":" (symbol->string reason)))))
    (loop)))
