;; Termite's spawn as a procedure: keywords name: and links:, usable as a value; the body
;; form keeps working; spawn-link, spawn-linked-to, halt!, shutdown!, alive?, wait-for, pid?.
(define me (self))

(define p (spawn (lambda () (! me (process-name (self)))) name: 'worker))
(display (list (pid? p) (?))) (newline)
;; expect: (#t worker)

;; spawn as a value
(define pids (map spawn (list (lambda () (! me 1)) (lambda () (! me 2)))))
(display (list (length pids) (+ (? 2) (? 2)))) (newline)
;; expect: (2 3)

;; the presentation's body form
(spawn (! me 'body-form))
(display (? 2)) (newline)
;; expect: body-form

;; the procedure form calls the thunk only; the body form also calls a procedure it returns
(spawn (lambda () (lambda () (! me 'returned-procedure-called))) name: 'plain)
(spawn (lambda () (! me 'thunk-called)))
(display (list (? 2) (? 0.3 'nothing-more))) (newline)
;; expect: (thunk-called nothing-more)

;; links: the new process's failure reaches the listed processes (here: us, trapping exits)
(process-trap-exit! #t)
(define failing (spawn (lambda () (? 5) (car '())) links: (list me)))
(! failing 'go)
(define e (? 5 'none))
(display (list (termite-exception? e) (eq? (termite-exception-origin e) failing)
               (termite-exception-reason e)))
(newline)
;; expect: (#t #t failure)

;; spawn-link as a procedure, with a name
(define linked (spawn-link (lambda () (? 5) (raise 'oops)) name: 'linked))
(! linked 'go)
(define e2 (? 5 'none))
(display (list (termite#termite-exception-reason e2) (termite#termite-exception-object e2))) (newline)
;; expect: (failure oops)

;; spawn-linked-to: the new process's failure goes to the given process
(define watcher (spawn (lambda () (process-trap-exit! #t) (! me 'ready)
                         (! me (list 'watcher-got (termite-exception-reason (? 5)))))))
(? 5) ; the watcher traps exits now
(spawn-linked-to watcher (lambda () (vector-ref (vector) 0)))
(display (? 5)) (newline)
;; expect: (watcher-got failure)
(process-trap-exit! #f)

;; halt! and shutdown! end the process quietly: its links hear nothing
(define quiet (spawn-link (lambda () (halt!) (! me 'not-here))))
(define quiet2 (spawn-link (lambda () (shutdown!) (! me 'not-here))))
(wait-for quiet)
(wait-for quiet2)
(display (list (alive? quiet) (alive? quiet2) (? 0.2 'nothing))) (newline)
;; expect: (#f #f nothing)

;; alive? and wait-for
(define sleeper (spawn (lambda () (? 5))))
(display (alive? sleeper))
(! sleeper 'wake)
(wait-for sleeper)
(display (alive? sleeper)) (newline)
;; expect: #t#f

(define (show-error thunk)
  (display (with-exception-catcher error-object-message thunk)) (newline))
(show-error (lambda () (spawn 5 name: 'x)))
;; expect: spawn: expected a procedure, got
(show-error (lambda () (spawn (lambda () 1) links: (list 5))))
;; expect: spawn: expected a list of processes for links:, got
(show-error (lambda () (alive? 5)))
;; expect: alive?: expected a process, got
(show-error (lambda () (wait-for 'x)))
;; expect: wait-for: expected a process, got
(show-error (lambda () (spawn-linked-to 5 (lambda () 1))))
;; expect: spawn-linked-to: expected a process, got

;; Termite's now and formatted-current-time
(display (list (real? (now)) (> (now) 1.0e9) (string-length (formatted-current-time)))) (newline)
;; expect: (#t #t 19)
