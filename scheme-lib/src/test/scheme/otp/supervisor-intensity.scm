;; Restart intensity: a child that keeps crashing is restarted `intensity` times within
;; the period; then the supervisor stops its children and exits abnormally. Crashes
;; spread out over more than the period do not add up.
(define me (self))
(define (crashing name delay)
  (lambda ()
    (spawn-link
     (! me (list 'started name))
     (thread-sleep! delay)
     (raise 'crashed))))
(define (steady name)
  (lambda () (spawn-link (! me (list 'started name)) (let loop () (? ) (loop)))))

;; the supervisor's parent traps exits to see how it ends
(process-trap-exit! #t)
(define sup
  (supervisor:start-link
   (list (make-child-spec 'steady (steady 'steady))
         (make-child-spec 'crasher (crashing 'crasher 0.02)))
   intensity: 3 period: 10 name: 'fragile))
(define steady-pid (supervisor:child-pid sup 'steady))
(define ref (monitor sup))

;; the first start and three restarts, then the supervisor gives up
(define (count-starts n)
  (recv (('started 'crasher) (count-starts (+ n 1)))
        (('started 'steady) (count-starts n))
        (('DOWN ,ref _ reason) (list n reason))
        (after 5 (list 'no-end n))))
(display (count-starts 0)) (newline)
;; expect: (4 failure)
(define exit-message (? 3 'no-exit))
(display (list (termite-exception? exit-message)
               (termite-exception-reason exit-message)
               (error-object-message (termite-exception-object exit-message))
               (error-object-irritants (termite-exception-object exit-message))))
(newline)
;; expect: (#t failure supervisor: too many restarts; the last child to exit: (crasher))
(display (process-alive? steady-pid)) (newline)
;; expect: #f

;; crashes further apart than the period are never too many
(define patient
  (supervisor:start
   (list (make-child-spec 'crasher (crashing 'crasher 0.15)))
   intensity: 1 period: 0.1))
(define (starts-within seconds)
  (let loop ((n 0))
    (recv (('started 'crasher) (if (< n 5) (loop (+ n 1)) (+ n 1)))
          (after seconds n))))
(display (starts-within 3)) (newline)
;; expect: 6
(display (process-alive? patient)) (newline)
;; expect: #t
(supervisor:stop patient)

;; intensity 0: the first exit is already too many
(define strict (supervisor:start (list (make-child-spec 'crasher (crashing 'crasher 0.1))) intensity: 0))
(define strict-ref (monitor strict))
(display (list (?) (recv (('DOWN ,strict-ref _ reason) reason) (after 3 'still-alive)))) (newline)
;; expect: ((started crasher) failure)
