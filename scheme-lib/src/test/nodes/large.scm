;;; Large messages between two nodes, with small ones around them. Run by LargeMessagesTest:
;;;
;;;   large.scm server        listens on a free port, prints "listening PORT", serves
;;;   large.scm client PORT   prints one verdict a line
;;;
;;; Each sink checks that the messages of its one sender come numbered 0, 1, 2 ... (in order, none lost, none
;;; twice) and that every large one holds the bytes it was made with, then reports (count out-of-order-or-damaged).

(define args (cdr (command-line)))

(define (say . items)
  (for-each display items)
  (newline)
  (flush-output-port))

(define mb (* 1024 1024))

;; n bytes that depend on every position and on the message's number
(define (pattern n seq)
  (let ((v (make-u8vector n 0)))
    (do ((i 0 (+ i 1))) ((= i n) v)
      (u8vector-set! v i (modulo (+ (* i 7) seq) 256)))))

(define (intact? v n seq)
  (and (u8vector? v)
       (= (u8vector-length v) n)
       (let loop ((i 0))
         (or (= i n)
             (and (= (u8vector-ref v i) (modulo (+ (* i 7) seq) 256))
                  (loop (+ i 1)))))))

(define (sink to name)
  (let loop ((expected 0) (bad '()))
    (recv (('end) (! to (list name expected (reverse bad))))
          ((seq 'large n v) (loop (+ expected 1) (if (and (= seq expected) (intact? v n seq)) bad (cons seq bad))))
          ((seq 'small) (loop (+ expected 1) (if (= seq expected) bad (cons seq bad)))))))

;; large messages of these sizes, each followed by three small ones, to one process
(define (send-mixed to sizes)
  (let loop ((sizes sizes) (seq 0))
    (if (null? sizes)
        (! to '(end))
        (begin
          (let ((v (pattern (car sizes) seq)))
            (! to (list seq 'large (car sizes) v))
            ;; the message is what v held at !, whatever v holds by the time it goes
            (u8vector-fill! v 0))
          (! to (list (+ seq 1) 'small))
          (! to (list (+ seq 2) 'small))
          (! to (list (+ seq 3) 'small))
          (loop (cdr sizes) (+ seq 4))))))

(define (send-small to n)
  (do ((i 0 (+ i 1))) ((= i n) (! to '(end)))
    (! to (list i 'small))))

(define (ponger)
  (recv ((from n) (! from n) (ponger))
        ('stop 'stopped)))

(define (round-trips partner n)
  (let ((me (self)))
    (let loop ((i 0) (ok 0))
      (if (= i n)
          ok
          (begin
            (! partner (list me i))
            (recv (,i (loop (+ i 1) (+ ok 1)))
                  (after 60 ok)))))))

(define (client port)
  (let* ((server (make-node "127.0.0.1" port))
         (me (self))
         (sizes (list (* 20 mb) 70000 (* 3 mb) 65536 65537 (* 20 mb) 1))
         (mixed (remote-spawn server (lambda () (sink me 'mixed))))
         (small (remote-spawn server (lambda () (sink me 'small))))
         (partner (remote-spawn server ponger))
         (back (spawn (lambda () (sink me 'back)))))
    ;; client to server: large and small to one process, small ones to another, and round trips, all at once
    (spawn (lambda () (send-mixed mixed sizes)))
    (spawn (lambda () (send-small small 2000)))
    ;; server to client: the same mix the other way
    (remote-spawn server (lambda () (send-mixed back sizes)))
    (let ((rt (round-trips partner 300)))
      (! partner 'stop)
      (say "round-trips " rt))
    (let loop ((k 3) (reports '()))
      (if (= k 0)
          (for-each (lambda (name)
                      (let ((r (assq name reports)))
                        (say (if r r (list name 'missing)))))
                    '(mixed small back))
          (recv ((name count bad) (loop (- k 1) (cons (list name count bad) reports)))
                (after 120 (loop 0 reports)))))))

(if (equal? (car args) "server")
    (let ((node (node-init (make-node "127.0.0.1" 0))))
      (say "listening " (node-port node))
      (thread-sleep! 600))
    (client (string->number (cadr args))))
