;; Monitors: DOWN messages with each reason, noproc for a process already gone, several
;; monitors, demonitor, and a monitor never kills the watcher.
(define me (self))
(define (down ref)
  (recv (('DOWN ,ref pid reason) reason)
        (after 3 'no-down)))

(define normal (spawn (?)))
(define r1 (monitor normal))
(display (tag? r1)) (newline)
;; expect: #t
(! normal 'go)
(display (down r1)) (newline)
;; expect: normal

(define failing (spawn (recv ('go (car '())))))
(define r2 (monitor failing))
(! failing 'go)
(display (down r2)) (newline)
;; expect: failure
(display (? 0.1 'watcher-alive)) (newline)
;; expect: watcher-alive

(define waiting (spawn (?)))
(define r3 (monitor waiting))
(terminate! waiting)
(display (down r3)) (newline)
;; expect: terminated

;; the DOWN message names the process
(define named (spawn 'quick))
(define r4 (monitor named))
(display (recv (('DOWN ,r4 pid _) (equal? pid named)) (after 3 'no-down))) (newline)
;; expect: #t

;; a process that has already ended, whatever its reason
(define gone (spawn (car '())))
(let wait ((i 0)) (if (and (process-alive? gone) (< i 300)) (begin (thread-sleep! 0.01) (wait (+ i 1)))))
(display (down (monitor gone))) (newline)
;; expect: noproc
(define gone-normally (spawn 'done))
(let wait ((i 0)) (if (and (process-alive? gone-normally) (< i 300)) (begin (thread-sleep! 0.01) (wait (+ i 1)))))
(display (down (monitor gone-normally))) (newline)
;; expect: noproc

;; two monitors, two messages, told apart by their references
(define twice (spawn (?)))
(define ra (monitor twice))
(define rb (monitor twice))
(display (equal? ra rb)) (newline)
;; expect: #f
(! twice 'go)
(display (list (down rb) (down ra))) (newline)
;; expect: (normal normal)

;; demonitor: no message comes
(define quiet (spawn (?)))
(define rq (monitor quiet))
(demonitor rq)
(! quiet 'go)
(display (recv (('DOWN ,rq _ _) 'got-down) (after 0.2 'no-down))) (newline)
;; expect: no-down

;; many watchers of one process
(define target (spawn (?)))
(define watchers
  (map (lambda (i)
         (spawn (let ((r (monitor target)))
                  (! me 'watching)
                  (recv (('DOWN ,r _ reason) (! me reason))))))
       (iota 50)))
(let loop ((i 0)) (if (< i 50) (begin (recv ('watching #t)) (loop (+ i 1)))))
(terminate! target)
(display (let loop ((i 0) (acc '()))
           (if (= i 50) (length (filter (lambda (r) (eq? r 'terminated)) acc))
               (loop (+ i 1) (cons (? 3 'missing) acc)))))
(newline)
;; expect: 50
