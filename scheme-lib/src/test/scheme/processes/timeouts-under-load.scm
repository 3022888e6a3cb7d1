;; Receive timeouts and sleeps, alone and while many processes wait and others exchange
;; messages: every timeout fires, none fires early, and a message that comes in time wins.
(define me (self))
(define (now) (/ (exact->inexact (current-jiffy)) (jiffies-per-second)))

;; a timeout does not fire early, and a sleep lasts as long as asked
(define t0 (now))
(display (? 0.2 'timeout)) (newline)
;; expect: timeout
(display (>= (- (now) t0) 0.19)) (newline)
;; expect: #t
(define t1 (now))
(thread-sleep! 0.1)
(display (>= (- (now) t1) 0.09)) (newline)
;; expect: #t

;; a zero timeout returns at once
(display (? 0 'empty)) (newline)
;; expect: empty

;; a message that comes before the timeout is received
(spawn (thread-sleep! 0.05) (! me 'in-time))
(display (recv ('in-time 'received) (after 2 'timeout))) (newline)
;; expect: received

;; without a default, a timeout raises an error that says so
(display (guard (e ((error-object? e) (error-object-message e))) (?? string? 0.05))) (newline)
;; expect: receive timeout

;; under load: 200 processes each wait 0.1 s for a message that never comes, while 20
;; pairs exchange 500 messages each
(define start (now))
(define waiters
  (map (lambda (i)
         (spawn (let ((t (now)))
                  (recv (('never) (! me 'wrong))
                        (after 0.1 (! me (list 'timed-out (>= (- (now) t) 0.099))))))))
       (iota 200)))
(define (pong) (let loop () (recv ((from n) (! from n) (loop)) ('stop 'done))))
(define pairs
  (map (lambda (i)
         (spawn (let ((partner (spawn (pong))))
                  (let loop ((n 0))
                    (if (< n 500)
                        (begin (! partner (list (self) n))
                               (recv (,n (loop (+ n 1)))))
                        (begin (! partner 'stop) (! me 'pairs-done)))))))
       (iota 20)))
(define results
  (let loop ((i 0) (timeouts 0) (early 0) (pairs-done 0))
    (if (= i 220)
        (list timeouts early pairs-done)
        (recv (('timed-out ok) (loop (+ i 1) (+ timeouts 1) (if ok early (+ early 1)) pairs-done))
              ('pairs-done (loop (+ i 1) timeouts early (+ pairs-done 1)))
              (after 10 (list 'stuck-after i timeouts early pairs-done))))))
(display results) (newline)
;; expect: (200 0 20)
(display (< (- (now) start) 5)) (newline)
;; expect: #t

;; a thousand sleepers wake, none held on a thread
(define sleepers (map (lambda (i) (spawn (thread-sleep! 0.05) (! me 'awake))) (iota 1000)))
(display (let loop ((i 0)) (if (= i 1000) 'all-awake (recv ('awake (loop (+ i 1))) (after 5 (list 'only i))))))
(newline)
;; expect: all-awake
