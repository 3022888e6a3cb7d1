;; Links: failures of unlinked and linked children, exit reasons and objects, normal
;; exits, link!, chains of links, and trapping exits as messages.
(define me (self))
(define (exit-of thunk)
  (guard (e ((termite-exception? e)
             (list (termite-exception-reason e) (termite-exception-object e))))
    (thunk)
    (? 3 'no-exit)))

;; an unlinked child's failure leaves this process alone
(spawn (car '()))
(display (? 0.1 'still-here)) (newline)
;; expect: still-here

;; a linked child's failure is raised here, with what the child raised
(define linked #f)
(define e1 (guard (e (#t e)) (set! linked (spawn-link (raise 'boom))) (? 3 'no-exit)))
(write (list (termite-exception? e1) (termite-exception-reason e1) (termite-exception-object e1)
             (equal? (termite-exception-origin e1) linked)))
(newline)
;; expect: (#t failure boom #t)
(define e2 (exit-of (lambda () (spawn-link (error "bad thing" 1 2)))))
(write (list (car e2) (error-object-message (cadr e2)) (error-object-irritants (cadr e2)))) (newline)
;; expect: (failure "bad thing" (1 2))

;; a normal exit of a linked child is not an error
(spawn-link 'done)
(display (? 0.1 'normal-exit-ignored)) (newline)
;; expect: normal-exit-ignored

;; a linked child that is terminated
(define e3 (exit-of (lambda () (terminate! (spawn-link (?))))))
(write e3) (newline)
;; expect: (terminated #f)

;; link! to a running process
(define later (spawn (recv ('crash (car '())))))
(link! later)
(define e4 (exit-of (lambda () (! later 'crash))))
(display (car e4)) (newline)
;; expect: failure

;; a chain: this process links to b, b links to c; c fails, b dies of it in its receive,
;; and the exit that reaches here carries c's exit as its object
(define c-pid #f)
(define b (spawn
           (set! c-pid (spawn-link (thread-sleep! 0.05) (raise 'from-c)))
           (?)))
(link! b)
(define e5 (guard (e (#t e)) (? 3 'no-exit)))
(define inner (termite-exception-object e5))
(write (list (equal? (termite-exception-origin e5) b)
             (termite-exception? inner)
             (and (termite-exception? inner) (equal? (termite-exception-origin inner) c-pid))
             (and (termite-exception? inner) (termite-exception-object inner))))
(newline)
;; expect: (#t #t #t from-c)

;; an exit that comes while this process computes is raised at its next receive
(spawn-link (raise 'early))
(define (busy n acc) (if (= n 0) acc (busy (- n 1) (+ acc 1))))
(define e6 (guard (e ((termite-exception? e) (termite-exception-object e)))
             (busy 3000000 0)
             (thread-sleep! 0.1)
             (? 3 'no-exit)))
(display e6) (newline)
;; expect: early

;; trapping exits: abnormal exits arrive as messages; normal ones send nothing
(process-trap-exit! #t)
(define t1 (spawn-link (raise 'trapped)))
(define m (? 3 'no-message))
(write (list (termite-exception? m) (termite-exception-reason m) (termite-exception-object m)
             (equal? (termite-exception-origin m) t1)))
(newline)
;; expect: (#t failure trapped #t)
(spawn-link 'normal-end)
(display (? 0.1 'nothing)) (newline)
;; expect: nothing
(terminate! (spawn-link (?)))
(display (termite-exception-reason (? 3 'no-message))) (newline)
;; expect: terminated

;; and back to raising
(process-trap-exit! #f)
(display (car (exit-of (lambda () (spawn-link (car '())))))) (newline)
;; expect: failure
