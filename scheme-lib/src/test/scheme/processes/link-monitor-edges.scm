;; Edge cases of links, monitors, timeouts and service names.

;; link! to a process that has already failed raises its exit in the next receive
(define p (spawn (car '())))
(thread-sleep! 0.2)
(display (guard (e ((termite-exception? e) (termite-exception-reason e)))
           (link! p)
           (? 0.5 'nothing)))
(newline)
;; expect: failure

;; demonitor of a live monitor answers #t, and no DOWN follows
(define q (spawn (? 5 'x)))
(define r (monitor q))
(display (demonitor r)) (newline)
;; expect: #t
(terminate! q)
(display (? 0.2 'no-down)) (newline)
;; expect: no-down

;; demonitor after the DOWN was sent answers #f
(define q2 (spawn 'done))
(define r2 (monitor q2))
(thread-sleep! 0.1)
(display (demonitor r2)) (newline)
;; expect: #f
(display (recv (('DOWN ,r2 pid reason) reason) (after 1 'missing))) (newline)
;; expect: normal

;; a flood of messages the receive rejects does not postpone its timeout
(define me (self))
(define flooder (spawn (let loop ((i 0)) (! me 'noise) (if (< i 300000) (loop (+ i 1))))))
(display (recv ('never 'matched) (after 0.1 'timed-out))) (newline)
;; expect: timed-out
(terminate! flooder)

;; service names are compared with equal?
(publish-service '(room 1) me)
(display (eq? (resolve-service (list 'room 1)) me)) (newline)
;; expect: #t
(unpublish-service (list 'room 1))
(display (resolve-service '(room 1))) (newline)
;; expect: #f
