;; Preemption: processes that never wait, more of them than cores, do not starve the
;; others, and each of them gets time to run.
(define me (self))
(define (now) (/ (exact->inexact (current-jiffy)) (jiffies-per-second)))
(define progress (make-vector 6 0))

;; as many spinners as this machine's two cores: a process woken by a message on a core
;; that is busy spinning still gets to run
(define (exchange n)
  (let* ((pong (spawn (let loop () (recv ((from k) (! from k) (loop)) ('stop 'done)))))
         (ping (spawn (let loop ((k 0))
                        (if (< k n)
                            (begin (! pong (list (self) k)) (recv (,k (loop (+ k 1)))))
                            (begin (! pong 'stop) (! me 'exchanged)))))))
    (? 10 'starved)))
(define two (list (spawn (let loop () (loop))) (spawn (let loop () (loop)))))
(display (exchange 100)) (newline)
;; expect: exchanged
(for-each terminate! two)

;; six spinners of different kinds: a loop, a do loop, a loop that allocates, a loop that
;; calls a procedure, a non-tail recursion that starts over, and mutual recursion
(define (count! i) (vector-set! progress i (+ 1 (vector-ref progress i))))
(define (f i) (count! i) (g i))
(define (g i) (f i))
(define (deep i n) (if (= n 0) (begin (count! i) 0) (+ 1 (deep i (- n 1)))))
(define spinners
  (list (spawn (let loop () (count! 0) (loop)))
        (spawn (do ((i 0 (+ i 1))) (#f) (count! 1)))
        (spawn (let loop ((l '())) (count! 2) (loop (if (pair? l) (cdr l) (make-list 100 'x)))))
        (spawn (let loop () (count! 3) (vector-ref progress 3) (loop)))
        (spawn (let loop () (deep 4 10000) (loop)))
        (spawn (f 5))))

;; while they spin, two processes exchange 300 messages
(define t0 (now))
(display (exchange 300)) (newline)
;; expect: exchanged
(display (< (- (now) t0) 5)) (newline)
;; expect: #t

;; this process's own sleep ends on time
(define t1 (now))
(thread-sleep! 0.2)
(display (< (- (now) t1) 2)) (newline)
;; expect: #t

;; every spinner has run
(define before (vector->list progress))
(thread-sleep! 0.3)
(define after (vector->list progress))
(display (map (lambda (a b) (> b a)) before after)) (newline)
;; expect: (#t #t #t #t #t #t)

(define refs (map monitor spinners))
(for-each terminate! spinners)
(display (map (lambda (r) (recv (('DOWN ,r _ reason) reason) (after 3 'still-running))) refs)) (newline)
;; expect: (terminated terminated terminated terminated terminated terminated)
