;; terminate!: of a waiting, a running, a sleeping process, of itself, of one already
;; gone; its monitors and links hear the reason terminated.
(define me (self))
(define (now) (/ (exact->inexact (current-jiffy)) (jiffies-per-second)))
(define (down ref) (recv (('DOWN ,ref _ reason) reason) (after 3 'no-down)))

(define waiting (spawn (?)))
(define r1 (monitor waiting))
(terminate! waiting)
(display (list (down r1) (process-alive? waiting))) (newline)
;; expect: (terminated #f)

;; a process that never waits is stopped at its next safe point
(define spinning (spawn (let loop ((i 0)) (loop (+ i 1)))))
(thread-sleep! 0.05)
(define r2 (monitor spinning))
(terminate! spinning)
(display (down r2)) (newline)
;; expect: terminated

;; a process deep in non-tail recursion
(define (deep n) (if (= n 0) (deep-wait) (+ 1 (deep (- n 1)))))
(define (deep-wait) (let loop ((i 0)) (if (< i 100000000) (loop (+ i 1)) 0)))
(define recursing (spawn (deep 100000)))
(thread-sleep! 0.05)
(define r3 (monitor recursing))
(terminate! recursing)
(display (down r3)) (newline)
;; expect: terminated

;; a sleeping process does not finish its sleep
(define sleeping (spawn (thread-sleep! 30) (! me 'woke)))
(define r4 (monitor sleeping))
(define t0 (now))
(terminate! sleeping)
(display (list (down r4) (< (- (now) t0) 2))) (newline)
;; expect: (terminated #t)

;; a process that terminates itself stops there
(define suicidal (spawn (terminate! (self)) (! me 'after-terminate)))
(define r5 (monitor suicidal))
(display (list (down r5) (? 0.1 'nothing-after))) (newline)
;; expect: (terminated nothing-after)

;; terminating a process that has ended does nothing
(define ended (spawn 'done))
(define r6 (monitor ended))
(down r6)
(terminate! ended)
(display 'no-error) (newline)
;; expect: no-error

;; a linked process learns of it as an exit with the reason terminated
(define partner (spawn (?)))
(define e (guard (e ((termite-exception? e) (list (termite-exception-reason e) (equal? (termite-exception-origin e) partner))))
            (link! partner)
            (terminate! partner)
            (? 3 'no-exit)))
(display e) (newline)
;; expect: (terminated #t)

;; messages sent to a terminated process are dropped
(! partner 'hello)
(display 'dropped) (newline)
;; expect: dropped
